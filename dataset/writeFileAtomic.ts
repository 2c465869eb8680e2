import {closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync} from 'node:fs'
import path from 'node:path'
import {WriteError} from './WriteError.ts'

/**
 * Writes `chunks` to `file` so that a crash leaves either the old file or the new one, never a
 * torn one: write a temporary file beside it, fsync, then rename over the target.
 */
export function writeFileAtomic(file: string, chunks: Iterable<string>): number {
  const dir = path.dirname(path.resolve(file))
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`)
  let bytes = 0
  try {
    mkdirSync(dir, {recursive: true})
    const fd = openSync(temp, 'w')
    try {
      for (const chunk of chunks) bytes += writeSync(fd, chunk)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, file)
  } catch (error) {
    removeQuietly(temp)
    throw new WriteError('write-failed', file, `cannot write: ${(error as Error).message}`)
  }
  return bytes
}

/** Cleans up the temporary file; failing to (the folder itself is missing) must not hide the real error. */
function removeQuietly(file: string): void {
  try {
    rmSync(file, {force: true})
  } catch {
    /* nothing was written there */
  }
}
