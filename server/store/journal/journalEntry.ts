import type {StoredDocument} from '../../../dataset/types.ts'

/** One acknowledged transaction as the journal holds it: one line of `<dataset>.journal`. */
export interface JournalEntry {
  transactionId: string
  /** Every document the transaction created or changed, whole, as it is after the transaction. */
  put: StoredDocument[]
  /** Ids the transaction deleted. */
  delete: string[]
}

/** The journal beside a dataset file: `dataset.ndjson` → `dataset.ndjson.journal`. */
export function journalFileOf(datasetFile: string): string {
  return `${datasetFile}.journal`
}
