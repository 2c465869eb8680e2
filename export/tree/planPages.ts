import path from 'node:path'
import {documentId} from '../../importer/identity/documentId.ts'
import type {DatasetDocument, ExportProblem, PlannedPage} from '../types.ts'

/** The document types that are pages of the wiki. */
export const PAGE_TYPES = new Set(['workingGroup', 'legacyPage', 'memberList'])
/** Types the Content Lake keeps beside the content (assets, system documents): read for their files, never pages. */
const NOT_CONTENT = /^(?:sanity|system)\./

const where = (document: DatasetDocument) => (document.__line ? ` (line ${document.__line})` : '')

/**
 * Decides each document's page path: its source path (`provenance.sourcePath`), or for a document
 * made in the Studio a path from its slug (`psf/working-groups/new-group` → `…/new-group.md`,
 * a working group's `…/index.md`). Drafts are left out (the export is of what is published); a
 * group the importer derived from another page (id `group-…`) is written by that page, not again.
 * Unknown types, documents with neither provenance nor slug, and two documents wanting one path
 * are problems naming the ids; none of those is written. `derived` lists the groups left to
 * their page, for the verification.
 */
export function planPages(documents: readonly DatasetDocument[]): {pages: PlannedPage[]; problems: ExportProblem[]; skipped: number; derived: DatasetDocument[]} {
  const problems: ExportProblem[] = []
  const byPath = new Map<string, PlannedPage[]>()
  const derived: DatasetDocument[] = []
  let skipped = 0
  for (const document of documents) {
    if (NOT_CONTENT.test(document._type) || document._id.startsWith('drafts.') || document._id.startsWith('versions.')) {
      skipped++
      continue
    }
    if (!PAGE_TYPES.has(document._type)) {
      problems.push({code: 'unknown-type', documentId: document._id, line: document.__line, message: `${document._id}${where(document)}: unknown type "${document._type}"`})
      continue
    }
    const sourcePath = (document.provenance as {sourcePath?: unknown} | undefined)?.sourcePath
    const slug = (document.slug as {current?: unknown} | undefined)?.current
    let pagePath: string
    if (typeof sourcePath === 'string' && sourcePath) {
      if (document._type === 'workingGroup' && document._id === documentId(sourcePath, 'group')) {
        derived.push(document)
        skipped++
        continue
      }
      pagePath = sourcePath
    } else if (typeof slug === 'string' && slug.replace(/\//g, '')) {
      pagePath = document._type === 'workingGroup' ? `${slug}/index.md` : `${slug}.md`
    } else {
      problems.push({code: 'no-path', documentId: document._id, line: document.__line, message: `${document._id}${where(document)}: neither provenance.sourcePath nor slug: no place in the tree`})
      continue
    }
    const normal = path.posix.normalize(pagePath.replace(/^\/+/, ''))
    if (normal.startsWith('..') || !normal.toLowerCase().endsWith('.md')) {
      problems.push({code: 'bad-path', documentId: document._id, line: document.__line, message: `${document._id}${where(document)}: path "${pagePath}" is outside the tree or no .md page`})
      continue
    }
    byPath.set(normal, [...(byPath.get(normal) ?? []), {document, path: normal}])
  }
  const pages: PlannedPage[] = []
  for (const [pagePath, claimants] of byPath) {
    if (claimants.length === 1) {
      pages.push(claimants[0]!)
      continue
    }
    const ids = claimants.map(({document}) => `${document._id}${where(document)}`).join(', ')
    for (const {document} of claimants) {
      problems.push({code: 'path-taken', documentId: document._id, line: document.__line, message: `${document._id}${where(document)}: ${claimants.length} documents map to ${pagePath} (${ids}); none of them is written`})
    }
  }
  return {pages, problems, skipped, derived}
}
