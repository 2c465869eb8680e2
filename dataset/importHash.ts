import {createHash} from 'node:crypto'
import {canonicalJson} from './canonicalJson.ts'

/** Fields the Content Lake sets on every document; they are not content. */
const SYSTEM_FIELDS = new Set(['_rev', '_updatedAt', '_createdAt'])

/**
 * The hash the importer stores in `provenance.importHash`: SHA-256 of the document's canonical
 * JSON without the system fields, the hash itself and references' `_weak` flags. `_weak` is left
 * out because the push writes references weak first and strengthens them after; a document cut
 * short between the two steps still holds exactly what the importer wrote. Any other change an
 * editor makes shows as a mismatch between a document's content and its stored hash.
 */
export function importHash(document: Record<string, unknown>): string {
  const json = canonicalJson(document, (key, depth) => (depth === 0 && SYSTEM_FIELDS.has(key)) || key === '_weak')
  const parsed = JSON.parse(json) as Record<string, unknown>
  const provenance = parsed.provenance as Record<string, unknown> | undefined
  if (provenance && typeof provenance === 'object') delete provenance.importHash
  return createHash('sha256').update(JSON.stringify(parsed)).digest('hex')
}

/** The hash a document carries, if the importer wrote it. */
export function storedImportHash(document: Record<string, unknown>): string | undefined {
  const provenance = document.provenance as {importHash?: unknown} | undefined
  return typeof provenance?.importHash === 'string' ? provenance.importHash : undefined
}
