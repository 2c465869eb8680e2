import type {ImportedDocument} from '../types.ts'
import {writeDatasetFile} from '../../dataset/writeDatasetFile.ts'

/**
 * The write stage for a local dataset: one document per line, the format `sanity dataset import`
 * reads. Documents are written in the order given (the assemble stage's), not sorted.
 */
export function writeNdjson(file: string, documents: readonly ImportedDocument[]): {bytes: number; documents: number} {
  return {bytes: writeDatasetFile(file, documents), documents: documents.length}
}
