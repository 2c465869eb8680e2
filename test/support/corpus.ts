import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {readTree} from '../../importer/read/readTree.ts'
import type {SourceFile} from '../../importer/types.ts'

/** The real wiki, read-only, beside the project (see ../shared/corpus/README.md). */
export const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/psf-wiki')
/** The tree the migration is for. */
export const WORKING_GROUPS = path.join(CORPUS, 'psf/working-groups')

/** Fails loudly (a real-data test must never pass by reading nothing) when the corpus is missing. */
export function requireCorpus(): string {
  if (!existsSync(path.join(CORPUS, '_redirects.json'))) {
    throw new Error(
      `corpus missing at ${CORPUS}: tests and benchmarks read the real wiki from ../shared/corpus/psf-wiki ` +
        '(relative to the project root); see ../shared/corpus/README.md',
    )
  }
  return CORPUS
}

/** Every page of the given corpus folders (`psf`, `python`, `psf/working-groups`), read by the importer's read stage. */
export function corpusFiles(...folders: string[]): SourceFile[] {
  const root = requireCorpus()
  return folders.flatMap((folder) => readTree({sourceDir: path.join(root, folder), wikiRoot: root, maxFileBytes: 5 * 1024 * 1024}).files)
}
