import {isDeepStrictEqual} from 'node:util'
import {importHash, storedImportHash} from '../../dataset/importHash.ts'
import type {DatasetDocument, ExportProblem} from '../types.ts'

interface Charter {
  title?: unknown
  legacyNotice?: unknown
  body?: unknown
  provenance?: {sourcePath?: unknown}
}

/** Whether a document is as the importer wrote it (its content still has the stored import hash). */
const unedited = (document: DatasetDocument) => {
  const stored = storedImportHash(document)
  const {__line, ...content} = document
  return stored !== undefined && importHash(content) === stored
}

const same = (charter: Charter, page: DatasetDocument) =>
  charter.title === page.title && Boolean(charter.legacyNotice) === Boolean(page.legacyNotice) && isDeepStrictEqual(charter.body ?? [], page.body ?? [])

/**
 * A group holds copies of its charter pages (`charter`, `earlierCharters`), and the importer
 * copies them from those pages. When an editor changed a copy on the group and the charter page
 * itself is as imported, the page is written from the group's copy, so the edit comes back; when
 * both were changed differently, the page wins and the conflict is reported.
 */
export function writeBackCharters(documents: readonly DatasetDocument[]): {documents: DatasetDocument[]; problems: ExportProblem[]} {
  const pages = new Map<string, DatasetDocument>()
  for (const document of documents) {
    const sourcePath = (document.provenance as {sourcePath?: unknown} | undefined)?.sourcePath
    if (document._type === 'legacyPage' && document.kind === 'charter' && typeof sourcePath === 'string') pages.set(sourcePath, document)
  }
  const problems: ExportProblem[] = []
  const replaced = new Map<string, DatasetDocument>()
  for (const group of documents) {
    if (group._type !== 'workingGroup') continue
    const copies = [group.charter, ...(Array.isArray(group.earlierCharters) ? group.earlierCharters : [])] as (Charter | undefined)[]
    for (const copy of copies) {
      const sourcePath = copy?.provenance?.sourcePath
      const page = typeof sourcePath === 'string' ? pages.get(sourcePath) : undefined
      if (!copy || !page || same(copy, page)) continue
      if (!unedited(page)) {
        problems.push({code: 'charter-conflict', documentId: group._id, line: group.__line, message: `${group._id}: its copy of ${String(sourcePath)} and the charter page ${page._id} were both changed; the page is written`})
        continue
      }
      replaced.set(page._id, {...page, title: copy.title, legacyNotice: Boolean(copy.legacyNotice), body: copy.body ?? []})
    }
  }
  return {documents: documents.map((document) => replaced.get(document._id) ?? document), problems}
}
