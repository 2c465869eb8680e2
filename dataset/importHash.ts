import {createHash} from 'node:crypto'
import {canonicalJson} from './canonicalJson.ts'
import {documentContent} from './documentContent.ts'

/**
 * The hash the importer stores in `provenance.importHash`: SHA-256 of the document's canonical
 * JSON without the system fields, the hash itself and references' `_weak` flags. `_weak` is left
 * out because the push writes references weak first and strengthens them after; a document cut
 * short between the two steps still holds exactly what the importer wrote. Any other change an
 * editor makes shows as a mismatch between a document's content and its stored hash.
 */
export function importHash(document: Record<string, unknown>): string {
  const content = documentContent(document)
  if (content.provenance && typeof content.provenance === 'object') {
    const {importHash: _stored, ...provenance} = content.provenance as Record<string, unknown>
    content.provenance = provenance
  }
  return createHash('sha256').update(canonicalJson(content, (key) => key === '_weak')).digest('hex')
}

/** The hash a document carries, if the importer wrote it. */
export function storedImportHash(document: Record<string, unknown>): string | undefined {
  const provenance = document.provenance as {importHash?: unknown} | undefined
  return typeof provenance?.importHash === 'string' ? provenance.importHash : undefined
}
