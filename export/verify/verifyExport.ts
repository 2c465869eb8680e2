import path from 'node:path'
import {documentId} from '../../importer/identity/documentId.ts'
import {runImport} from '../../importer/pipeline.ts'
import {compareDatasets} from '../compare/compareDatasets.ts'
import type {DatasetDocument, ExportProblem} from '../types.ts'

export interface VerifyOptions {
  /** The written tree. */
  out: string
  /** The documents the importer wrote (with provenance) that the tree should give back. */
  documents: readonly DatasetDocument[]
  siteUrl: string
}

/**
 * Imports the written tree again and names every imported document that does not come back as
 * it is in the dataset, with the fields that differ: an editor's change to a field the wiki's
 * pages cannot carry on their own (a group's members typed into the Studio but not into any
 * page, a page kind, a figure's uploaded image) is reported instead of being lost silently.
 * Documents made in the Studio are new pages to the importer and are not compared.
 */
export async function verifyExport(options: VerifyOptions): Promise<ExportProblem[]> {
  const imported = options.documents.filter((document) => typeof (document.provenance as {sourcePath?: unknown} | undefined)?.sourcePath === 'string')
  if (imported.length === 0) return []
  const sections = [...new Set(imported.map((document) => String((document.provenance as {sourcePath: string}).sourcePath).split('/')[0]!))]
  const again = await runImport({sources: sections.map((section) => path.join(options.out, section)), wikiRoot: options.out, siteUrl: options.siteUrl, maxFileBytes: 64 * 1024 * 1024})
  // Found again by id, or by the id the importer gives the page's path (a document whose id the
  // importer would not make still comes back, under that id: the difference is then its `_id`).
  const byId = new Map((again.documents as unknown as Record<string, unknown>[]).map((document) => [document._id as string, document]))
  const back = imported.flatMap((document) => {
    const found = byId.get(document._id) ?? byId.get(documentId(String((document.provenance as {sourcePath: string}).sourcePath)))
    return found ? [{...found, _id: document._id, ...(found._id === document._id ? {} : {__movedFrom: found._id})}] : []
  })
  const {differences} = compareDatasets(imported, back)
  const fields = new Map<string, Set<string>>()
  for (const difference of differences) {
    const field = difference.path === '__movedFrom' ? '_id' : difference.path.split(/[.[]/)[0] || '(the whole document)'
    fields.set(difference.documentId, (fields.get(difference.documentId) ?? new Set()).add(field))
  }
  const lineOf = new Map(imported.map((document) => [document._id, document.__line]))
  return [...fields].map(([documentId, names]) => ({
    code: 'not-carried',
    documentId,
    line: lineOf.get(documentId),
    message: `${documentId}${lineOf.get(documentId) ? ` (line ${lineOf.get(documentId)})` : ''}: imported again from the written tree, ${[...names].join(', ')} ${names.size === 1 ? 'differs' : 'differ'} from the dataset: the wiki's pages do not carry that change`,
  }))
}
