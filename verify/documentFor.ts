import path from 'node:path'

/**
 * The document of a page file: the one whose `provenance.sourcePath` (relative to the wiki root)
 * is the longest tail of the file's path, so no wiki root has to be guessed.
 */
export function documentFor<T>(file: string, bySourcePath: Map<string, T>): {sourcePath: string; document: T} | undefined {
  const parts = path.resolve(file).split(path.sep).filter(Boolean)
  for (let start = 0; start < parts.length; start++) {
    const sourcePath = parts.slice(start).join('/')
    const document = bySourcePath.get(sourcePath)
    if (document) return {sourcePath, document}
  }
  return undefined
}
