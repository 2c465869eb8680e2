import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'

/** The real wiki, read-only, next to the project (see /work/shared/corpus/README.md). */
export const CORPUS_ROOT = path.resolve(process.cwd(), '../shared/corpus/psf-wiki')

/** A corpus page: its path relative to the corpus root and its text. */
export interface CorpusPage {
  path: string
  source: string
}

function walk(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name)
    // `_attachments` holds PDFs, not pages.
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('_')) walk(full, out)
    } else if (entry.name.endsWith('.md')) out.push(full)
  }
  return out
}

/**
 * Every `.md` page under the given corpus folders, sorted. Throws "corpus missing at ..." when the
 * corpus is absent: a real-data test must fail loudly, never pass by reading nothing.
 */
export function corpusPages(...folders: string[]): CorpusPage[] {
  return folders.flatMap((folder) => {
    const dir = path.join(CORPUS_ROOT, folder)
    if (!existsSync(dir)) throw new Error(`corpus missing at ${dir} (expected ../shared/corpus/psf-wiki from the project root)`)
    return walk(dir, [])
      .sort()
      .map((file) => ({path: path.relative(CORPUS_ROOT, file), source: readFileSync(file, 'utf8')}))
  })
}
