import {closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync} from 'node:fs'
import path from 'node:path'
import {randomBytes} from 'node:crypto'
import {fsyncDirectory} from './fsyncDirectory.ts'
import {writeFully} from './writeFully.ts'
import {WriteError} from './WriteError.ts'

/**
 * Writes `chunks` to `file` so that a crash or a full disk leaves either the old file or the new
 * one, never a torn one: write a temporary file beside it (every byte, or fail), fsync it, rename
 * it over the target, fsync the folder so that the rename itself survives a power cut. On any
 * failure (ENOSPC, EIO, a write that makes no progress) the temporary file is removed, the target
 * is untouched, and a `WriteError` names the file and the cause. Returns the bytes written.
 */
export function writeFileAtomic(file: string, chunks: Iterable<string>): number {
  const dir = path.dirname(path.resolve(file))
  const temp = path.join(dir, tempName(file))
  let bytes = 0
  try {
    mkdirSync(dir, {recursive: true})
    const fd = openSync(temp, 'w')
    try {
      for (const chunk of chunks) bytes += writeFully(fd, Buffer.from(chunk, 'utf8'))
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, file)
  } catch (error) {
    removeQuietly(temp)
    throw new WriteError('write-failed', file, `cannot write: ${(error as Error).message}; the previous file is unchanged`)
  }
  fsyncDirectory(dir)
  return bytes
}

/**
 * `.dataset.ndjson.<pid>.<random>.tmp`: the pid lets `removeStaleTempFiles` tell a dead writer's
 * leftovers from a live one's, the random part keeps two writes of one process apart.
 */
function tempName(file: string): string {
  return `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
}

/** Cleans up the temporary file; failing to (the folder itself is missing) must not hide the real error. */
function removeQuietly(file: string): void {
  try {
    rmSync(file, {force: true})
  } catch {
    /* nothing was written there */
  }
}
