import {closeSync, fsyncSync, openSync} from 'node:fs'

/**
 * Makes a rename or a new file in `dir` durable: POSIX keeps directory entries in the folder's
 * own metadata, which a file's fsync does not flush. Filesystems that refuse to fsync a folder
 * (EISDIR, EINVAL on some platforms) have nothing to flush, so those errors are ignored.
 */
export function fsyncDirectory(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM') throw error
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
