import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {runImport} from '../importer/pipeline.ts'
import {compareDatasets, type Difference} from './compare/compareDatasets.ts'
import {runExport, type ExportResult} from './runExport.ts'
import type {DatasetDocument} from './types.ts'

export interface RoundTripOptions {
  /** Folders of the wiki to import, as `npm run import --source` takes them. */
  sources: string[]
  /** The wiki root they sit in (holds `_redirects.json`). */
  wikiRoot: string
  /** Where the exported tree goes; a temporary folder by default. */
  out?: string
  siteUrl?: string
}

export interface RoundTripResult {
  compared: number
  differing: number
  differences: Difference[]
  export: ExportResult
  out: string
}

/**
 * `import(export(import(tree)))` against `import(tree)`: imports the folders, exports the
 * documents to a tree, imports the same folders of that tree, and compares the two imports
 * document by document.
 */
export async function roundTrip(options: RoundTripOptions): Promise<RoundTripResult> {
  const siteUrl = options.siteUrl ?? 'https://wiki.python.org/'
  const maxFileBytes = 5 * 1024 * 1024
  const wikiRoot = path.resolve(options.wikiRoot)
  const first = await runImport({sources: options.sources, wikiRoot, siteUrl, maxFileBytes})
  const out = options.out ?? path.join(mkdtempSync(path.join(tmpdir(), 'round-trip-')), 'wiki')
  const exported = await runExport({documents: first.documents as unknown as DatasetDocument[], out})
  const sources = options.sources.map((source) => path.join(out, path.relative(wikiRoot, path.resolve(source))))
  const second = await runImport({sources, wikiRoot: out, siteUrl, maxFileBytes})
  const compared = compareDatasets(first.documents as unknown as Record<string, unknown>[], second.documents as unknown as Record<string, unknown>[])
  return {...compared, export: exported, out}
}
