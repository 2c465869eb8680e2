import {realpathSync} from 'node:fs'
import path from 'node:path'
import type {PushScope} from './types.ts'

/** A path's real form when it exists (the read stage walks real paths), else the path resolved. */
function real(folder: string): string {
  try {
    return realpathSync(folder)
  } catch {
    return path.resolve(folder)
  }
}

/**
 * Whether a document's `provenance.sourcePath` (relative to the wiki root, `/`-separated, as the
 * read stage writes it) lies under one of the run's source folders. Paths are compared folder by
 * folder: `psf/working-groups` does not contain `psf/working-groups-old/A.md`. A source folder
 * outside the wiki root contains nothing.
 */
export function createScopeTest(scope: PushScope): (sourcePath: string) => boolean {
  const root = real(scope.wikiRoot)
  const prefixes: string[] = []
  for (const source of scope.sources) {
    const relative = path.relative(root, real(source)).split(path.sep).join('/')
    if (relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)) continue
    prefixes.push(relative === '' ? '' : `${relative}/`)
  }
  return (sourcePath) => prefixes.some((prefix) => sourcePath.startsWith(prefix))
}
