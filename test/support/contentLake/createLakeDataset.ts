import {mkdtempSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createDatasetStore, type DatasetStore} from '../../../server/store/createDatasetStore.ts'
import {applyTransaction, type AppliedMutation, type LakeDocument, type LakeMutation} from './applyTransaction.ts'

/** A committed transaction, as the test server logs it. */
export interface TransactionRecord {
  transactionId: string
  results: AppliedMutation[]
}

/**
 * A writable dataset for the contract tests. Reads go through `server/`'s `DatasetStore` (groq-js
 * queries, perspectives, documents by id), which is backed by an NDJSON file: every commit applies
 * a transaction in memory and replaces that file atomically, and the store reloads it on the next
 * read (`checkIntervalMs: 0`), so reads always see the last commit.
 */
export interface LakeDataset {
  readonly name: string
  /** The read side, for `server/`'s data routes. */
  readonly store: DatasetStore
  /** The documents now, by id (drafts and assets included). */
  documents(): ReadonlyMap<string, LakeDocument>
  /** Applies a transaction atomically; throws a 409 `HttpError` on conflicts. */
  commit(mutations: readonly LakeMutation[]): TransactionRecord
  /** Every committed transaction, in order. */
  readonly log: readonly TransactionRecord[]
  dispose(): void
}

export function createLakeDataset(name: string, initial: readonly LakeDocument[] = []): LakeDataset {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-lake-'))
  const file = path.join(dir, `${name}.ndjson`)
  let documents = new Map(initial.map((doc) => [doc._id, doc]))
  const log: TransactionRecord[] = []
  let writes = 0
  const persist = () => {
    const temp = `${file}.${++writes}.tmp`
    writeFileSync(temp, [...documents.values()].map((doc) => JSON.stringify(doc) + '\n').join(''))
    renameSync(temp, file)
  }
  persist()
  const store = createDatasetStore({name, file, checkIntervalMs: 0})
  return {
    name,
    store,
    log,
    documents: () => documents,
    commit(mutations) {
      const applied = applyTransaction(documents, mutations)
      documents = applied.documents
      persist()
      const record = {transactionId: applied.transactionId, results: applied.results}
      log.push(record)
      return record
    },
    dispose: () => rmSync(dir, {recursive: true, force: true}),
  }
}
