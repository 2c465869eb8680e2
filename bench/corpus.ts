import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {readTree} from '../importer/read/readTree.ts'
import type {SourceFile} from '../importer/types.ts'

/** The real wiki beside the project (see ../shared/corpus/README.md). */
export const WIKI_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus/psf-wiki')

/** Throws a clear message when the corpus is not where the README says it is. */
export function requireCorpus(): string {
  if (!existsSync(path.join(WIKI_ROOT, '_redirects.json'))) {
    throw new Error(`corpus missing at ${WIKI_ROOT}: the benchmark reads the real wiki from ../shared/corpus/psf-wiki`)
  }
  return WIKI_ROOT
}

/** Every page of the given sections of the wiki, read by the importer's own read stage. */
export function loadSections(sections: string[]): SourceFile[] {
  const root = requireCorpus()
  return sections.flatMap((section) => readTree({sourceDir: path.join(root, section), wikiRoot: root, maxFileBytes: 5 * 1024 * 1024}).files)
}
