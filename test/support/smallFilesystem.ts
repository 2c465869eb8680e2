import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** A folder on a filesystem of its own, `bytes` large, so that a test can fill it up for real. */
export interface SmallFilesystem {
  dir: string
  /** False when mounting was not permitted: `dir` is then an ordinary folder and the test must simulate a full disk. */
  mounted: boolean
  remove(): void
}

/** Mounts a tmpfs of `bytes` in a new temporary folder (root only); falls back to a plain folder. */
export function mountSmallFilesystem(bytes: number): SmallFilesystem {
  const dir = mkdtempSync(path.join(tmpdir(), 'small-fs-'))
  let mounted = false
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], {stdio: 'ignore'})
    mounted = true
  } catch {
    /* not root, or no mount in this container */
  }
  return {
    dir,
    mounted,
    remove() {
      if (mounted) execFileSync('umount', [dir], {stdio: 'ignore'})
      rmSync(dir, {recursive: true, force: true})
    },
  }
}
