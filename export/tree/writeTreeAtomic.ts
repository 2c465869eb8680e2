import {existsSync, mkdirSync, renameSync, rmSync} from 'node:fs'
import path from 'node:path'

/**
 * Builds a folder in a temporary sibling (`fill` writes into it), then puts it in place of `out`:
 * the old folder is moved aside, the new one renamed in, the old one removed. A failure while
 * filling leaves `out` as it was; `out` is never a mix of old and new files. Node has no atomic
 * exchange of two folders (renameat2), so between the two renames `out` is briefly absent, with
 * the old tree intact beside it.
 */
export async function writeTreeAtomic(out: string, fill: (dir: string) => Promise<void>): Promise<void> {
  const target = path.resolve(out)
  const parent = path.dirname(target)
  mkdirSync(parent, {recursive: true})
  const temp = path.join(parent, `.${path.basename(target)}.export-${process.pid}`)
  const old = path.join(parent, `.${path.basename(target)}.old-${process.pid}`)
  rmSync(temp, {recursive: true, force: true})
  mkdirSync(temp)
  try {
    await fill(temp)
  } catch (error) {
    rmSync(temp, {recursive: true, force: true})
    throw error
  }
  if (existsSync(target)) renameSync(target, old)
  try {
    renameSync(temp, target)
  } catch (error) {
    if (existsSync(old)) renameSync(old, target)
    rmSync(temp, {recursive: true, force: true})
    throw error
  }
  rmSync(old, {recursive: true, force: true})
}
