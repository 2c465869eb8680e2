import type {ImportedDocument} from '../types.ts'
import {writeFileAtomic} from '../../dataset/writeFileAtomic.ts'

/**
 * The write stage for a local dataset: one document per line, the format `sanity dataset import`
 * reads. Documents are written in the order given (the pipeline sorts them by id for stable diffs).
 */
export function writeNdjson(file: string, documents: readonly ImportedDocument[]): {bytes: number; documents: number} {
  function* lines() {
    for (const document of documents) yield JSON.stringify(document) + '\n'
  }
  return {bytes: writeFileAtomic(file, lines()), documents: documents.length}
}
