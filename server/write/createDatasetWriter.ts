import type {DatasetStore} from '../store/createDatasetStore.ts'
import {actionsToMutations, type DocumentAction} from './actionsToMutations.ts'
import {applyTransaction, type AppliedTransaction, type MutationBody, type RevisedDocument} from './applyTransaction.ts'

/** A transaction the writer committed: what the listener streams and the history API serves. */
export interface CommittedTransaction extends Omit<AppliedTransaction, 'documents'> {
  /** The user id the transaction is credited to. */
  author: string
}

export interface CommitOptions {
  /** The client's own id for the transaction (the Studio sends one and waits for its echo). */
  transactionId?: string
  author?: string
}

/**
 * The one way documents change: transactions applied in memory, appended to the store's journal
 * (and flushed to disk) before they are acknowledged, then announced to subscribers (listeners) and kept for history.
 */
export interface DatasetWriter {
  readonly store: DatasetStore
  /** The documents now, by id (drafts included). */
  documents(): ReadonlyMap<string, RevisedDocument>
  /**
   * Applies a transaction and appends it to the journal; throws the API's `HttpError` on conflicts
   * and a `WriteError` when the journal cannot take it. Acknowledge it after `flushed()`.
   */
  commit(mutations: readonly MutationBody[], options?: CommitOptions): CommittedTransaction
  /** Resolves once every transaction committed so far is on the disk (what an acknowledgement waits for). */
  flushed(): Promise<void>
  /** Applies Actions API actions as one transaction. */
  act(actions: readonly DocumentAction[], options?: CommitOptions): CommittedTransaction
  /** Told about every committed transaction that changed something, once it is on the disk; returns the unsubscribe. */
  subscribe(onTransaction: (transaction: CommittedTransaction) => void): () => void
  /** Transactions committed since the writer was created, oldest first (at most `historyLimit`). */
  readonly transactions: readonly CommittedTransaction[]
}

/** The user every local write is credited to. */
export const LOCAL_AUTHOR = 'local-editor'

export function createDatasetWriter(store: DatasetStore, options: {historyLimit?: number} = {}): DatasetWriter {
  const historyLimit = options.historyLimit ?? 5000
  const subscribers = new Set<(transaction: CommittedTransaction) => void>()
  const transactions: CommittedTransaction[] = []
  let cached: {generation: number; byId: Map<string, RevisedDocument>} | undefined

  const documents = () => {
    if (cached?.generation !== store.generation || !cached) {
      // Reading `documents` first lets the store notice a changed file before `generation` is read.
      const raw = store.documents('raw')
      cached = {generation: store.generation, byId: new Map(raw.map((doc) => [doc._id, doc as RevisedDocument]))}
    }
    return cached.byId
  }

  const commit = (mutations: readonly MutationBody[], commitOptions: CommitOptions = {}): CommittedTransaction => {
    const {documents: next, ...applied} = applyTransaction(documents(), mutations, commitOptions.transactionId)
    const transaction: CommittedTransaction = {...applied, author: commitOptions.author ?? LOCAL_AUTHOR}
    if (applied.changes.length === 0) return transaction
    // Throws (a full disk) before anything below changes: the transaction is then not applied.
    store.write([...next.values()], {
      transactionId: applied.transactionId,
      put: applied.changes.flatMap((change) => (change.after ? [change.after] : [])),
      delete: applied.changes.flatMap((change) => (change.after ? [] : [change.id])),
    })
    cached = {generation: store.generation, byId: next}
    transactions.push(transaction)
    if (transactions.length > historyLimit) transactions.splice(0, transactions.length - historyLimit)
    // Listeners hear of it once it is durable (flushes resolve in commit order, so events keep it).
    store.flushed().then(
      () => subscribers.forEach((subscriber) => subscriber(transaction)),
      () => {},
    )
    return transaction
  }

  return {
    store,
    documents,
    commit,
    flushed: () => store.flushed(),
    act: (actions, commitOptions) => commit(actionsToMutations(actions, documents()), commitOptions),
    subscribe(onTransaction) {
      subscribers.add(onTransaction)
      return () => subscribers.delete(onTransaction)
    },
    transactions,
  }
}
