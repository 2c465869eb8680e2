import {importHash} from './importHash.ts'
import type {ImportedDocument} from '../types.ts'

/** A copy of a document with `provenance.importHash` set to the hash of its content. */
export function withImportHash(document: ImportedDocument): ImportedDocument {
  const hash = importHash(document)
  return {...document, provenance: {...document.provenance, importHash: hash}}
}
