import {readdirSync, rmSync} from 'node:fs'
import path from 'node:path'

/**
 * Removes the temporary files `writeFileAtomic` left beside `file` when its process died mid-write
 * (`.dataset.ndjson.<pid>.<random>.tmp` whose pid is no longer running). A live process's temp
 * file is left alone. Returns the names removed.
 */
export function removeStaleTempFiles(file: string): string[] {
  const dir = path.dirname(path.resolve(file))
  const prefix = `.${path.basename(file)}.`
  const removed: string[] = []
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return removed
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue
    const pid = Number(name.slice(prefix.length).split('.')[0])
    if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) continue
    if (pid === process.pid) continue
    rmSync(path.join(dir, name), {force: true})
    removed.push(name)
  }
  return removed
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
