import {isDeepStrictEqual} from 'node:util'
import {normalizeDocument} from './normalizeDocument.ts'

/** One way two datasets differ: a document missing on one side, or a field of one document. */
export interface Difference {
  documentId: string
  /** Sanity-style path inside the document (`body[3].children[0].text`), empty for the whole document. */
  path: string
  before: unknown
  after: unknown
}

/**
 * Compares two sets of documents by id after {@link normalizeDocument}: every document of one
 * side missing from the other, and every leaf where the two copies of a document differ.
 */
export function compareDatasets(before: readonly Record<string, unknown>[], after: readonly Record<string, unknown>[]): {compared: number; differing: number; differences: Difference[]} {
  const afterById = new Map(after.map((document) => [document._id as string, document]))
  const differences: Difference[] = []
  const differing = new Set<string>()
  for (const document of before) {
    const id = document._id as string
    const other = afterById.get(id)
    afterById.delete(id)
    const found = other === undefined ? [{documentId: id, path: '', before: '(document)', after: undefined}] : diff(id, normalizeDocument(document), normalizeDocument(other), '')
    if (found.length) differing.add(id)
    differences.push(...found)
  }
  for (const id of afterById.keys()) {
    differing.add(id)
    differences.push({documentId: id, path: '', before: undefined, after: '(document)'})
  }
  return {compared: before.length, differing: differing.size, differences}
}

function diff(documentId: string, a: unknown, b: unknown, path: string): Difference[] {
  if (isDeepStrictEqual(a, b)) return []
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: Difference[] = []
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...diff(documentId, a[i], b[i], `${path}[${i}]`))
    return out
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const out: Difference[] = []
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      out.push(...diff(documentId, (a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], path ? `${path}.${key}` : key))
    }
    return out
  }
  return [{documentId, path, before: a, after: b}]
}
