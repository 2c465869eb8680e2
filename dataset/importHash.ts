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
  // The stored hash is left out before serializing, not parsed back out after: one pass instead of three.
  const {provenance} = document
  const content =
    provenance && typeof provenance === 'object' && !Array.isArray(provenance) && 'importHash' in provenance
      ? {...document, provenance: {...provenance, importHash: undefined}}
      : document
  const json = canonicalJson(content, (key, depth) => (depth === 0 && SYSTEM_FIELDS.has(key)) || key === '_weak')
  return createHash('sha256').update(json).digest('hex')
}

/** The hash a document carries, if the importer wrote it. */
export function storedImportHash(document: Record<string, unknown>): string | undefined {
  const provenance = document.provenance as {importHash?: unknown} | undefined
  return typeof provenance?.importHash === 'string' ? provenance.importHash : undefined
}
