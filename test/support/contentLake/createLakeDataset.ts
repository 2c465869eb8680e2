import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {writeFileAtomic} from '../../../dataset/writeFileAtomic.ts'
import {createDatasetStore, type DatasetStore} from '../../../server/store/createDatasetStore.ts'
import type {AppliedMutation, MutationBody, RevisedDocument} from '../../../server/write/applyTransaction.ts'
import {createDatasetWriter, type DatasetWriter} from '../../../server/write/createDatasetWriter.ts'

/** A document as the local Content Lake holds it. */
export type LakeDocument = RevisedDocument

/** One mutation of the HTTP API. */
export type LakeMutation = MutationBody

/** A committed transaction, as the test server logs it. */
export interface TransactionRecord {
  transactionId: string
  results: AppliedMutation[]
}

/**
 * A writable dataset for the contract tests: `server/`'s `DatasetStore` (groq-js queries,
 * perspectives, documents by id) with `server/`'s `DatasetWriter` (the one implementation of
 * mutations, persisted atomically to the store's NDJSON file), plus a log of every transaction.
 */
export interface LakeDataset {
  readonly name: string
  /** The read side, for `server/`'s data routes. */
  readonly store: DatasetStore
  /** The write side, for `server/`'s write routes. */
  readonly writer: DatasetWriter
  /** The documents now, by id (drafts and assets included). */
  documents(): ReadonlyMap<string, LakeDocument>
  /** Applies a transaction atomically; throws a 409 `HttpError` on conflicts. */
  commit(mutations: readonly LakeMutation[]): TransactionRecord
  /** Every committed transaction, in order (including those that changed nothing). */
  readonly log: readonly TransactionRecord[]
  dispose(): void
}

export function createLakeDataset(name: string, initial: readonly LakeDocument[] = []): LakeDataset {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-lake-'))
  const file = path.join(dir, `${name}.ndjson`)
  writeFileAtomic(file, initial.map((doc) => JSON.stringify(doc) + '\n'))
  const store = createDatasetStore({name, file, checkIntervalMs: 0})
  const log: TransactionRecord[] = []
  const writer = createDatasetWriter(store)
  // Writes through the routes reach the log as well as direct commits.
  const record = ({transactionId, results}: TransactionRecord) => {
    const entry = {transactionId, results}
    log.push(entry)
    return entry
  }
  const logged: DatasetWriter = {
    ...writer,
    documents: writer.documents,
    transactions: writer.transactions,
    commit: (mutations, options) => {
      const transaction = writer.commit(mutations, options)
      record(transaction)
      return transaction
    },
  }
  return {
    name,
    store,
    writer: logged,
    log,
    documents: () => writer.documents(),
    commit(mutations) {
      const {transactionId, results} = logged.commit(mutations)
      return {transactionId, results}
    },
    dispose: () => rmSync(dir, {recursive: true, force: true}),
  }
}
