import {importHash} from './importHash.ts'

/** The part of a document the import hash is stored in. */
interface WithProvenance {
  provenance: Record<string, unknown>
}

/** A copy of a document with `provenance.importHash` set to the hash of its content. */
export function withImportHash<T extends WithProvenance>(document: T): T {
  const hash = importHash(document as unknown as Record<string, unknown>)
  return {...document, provenance: {...document.provenance, importHash: hash}}
}
