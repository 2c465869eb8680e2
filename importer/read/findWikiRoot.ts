import {existsSync} from 'node:fs'
import path from 'node:path'

/**
 * The wiki root for a source folder: the nearest ancestor (or the folder itself) holding
 * `_redirects.json`. Source paths, redirects and site URLs are all relative to it. Without one,
 * the source folder's parent is used so that paths keep the folder's own name.
 */
export function findWikiRoot(sourceDir: string): string {
  for (let dir = sourceDir; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '_redirects.json'))) return dir
    if (path.dirname(dir) === dir) return path.dirname(sourceDir)
  }
}
