import {closeSync, constants, fstatSync, openSync, readFileSync, realpathSync} from 'node:fs'
import path from 'node:path'

/**
 * Reads a source file the report names, only when it is a regular file whose real path (symlinks
 * resolved) lies inside the wiki root: a symlink out of the tree (to /etc/passwd) or a FIFO (whose
 * read would block the server) is refused. The file is opened non-blocking and checked on the open
 * descriptor, so a file swapped between the check and the read cannot slip through.
 * Returns undefined when the file is missing or refused.
 */
export function readSourceFile(wikiRoot: string, sourcePath: string): string | undefined {
  let root: string
  let real: string
  try {
    root = realpathSync(wikiRoot)
    real = realpathSync(path.resolve(wikiRoot, sourcePath))
  } catch {
    return undefined
  }
  if (!real.startsWith(root + path.sep)) return undefined
  let fd: number | undefined
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW)
    if (!fstatSync(fd).isFile()) return undefined
    return readFileSync(fd, 'utf8')
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
