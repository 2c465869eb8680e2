import {documentId} from '../identity/documentId.ts'
import {slugFor} from '../identity/slugFor.ts'
import type {DocumentType, ImportWarning, ImportedDocument, PageRecord} from '../types.ts'

export interface BuildOptions {
  wikiRoot: string
  sourceDirs: string[]
  siteUrl: string
  redirectsFile?: string
}

/** What became of one page in the build stage, for its report row. */
export interface BuildOutcome {
  sourcePath: string
  documentId: string
  type: DocumentType
  warnings: ImportWarning[]
  extracted?: unknown
  brokenLinks?: {href: string; line?: number; reason: string}[]
}

export interface BuildResult {
  documents: ImportedDocument[]
  outcomes: BuildOutcome[]
  /** The source file of each document id, so later stages can name the file. */
  sourceOf: Map<string, string>
}

/**
 * The build stage: pages in, documents out. Every page becomes a `legacyPage` here; the
 * structure stages (classify, extract, resolve links) refine this.
 */
export function buildDocuments(records: readonly PageRecord[], _options: BuildOptions): BuildResult {
  const documents: ImportedDocument[] = []
  const outcomes: BuildOutcome[] = []
  const sourceOf = new Map<string, string>()
  for (const {file, page} of records) {
    const _id = documentId(file.path)
    documents.push({
      _id,
      _type: 'legacyPage',
      title: page.title,
      slug: {_type: 'slug', current: slugFor(file.path)},
      kind: 'legacy',
      body: page.body,
      legacyNotice: page.legacyNotice,
      toctree: page.toctree.map((target, index) => ({_type: 'tocEntry', _key: `toc${index}`, target})),
      provenance: {_type: 'provenance', sourcePath: file.path},
    })
    outcomes.push({sourcePath: file.path, documentId: _id, type: 'legacyPage', warnings: page.warnings})
    sourceOf.set(_id, file.path)
  }
  return {documents, outcomes, sourceOf}
}
