import type {CommittedTransaction} from '../write/createDatasetWriter.ts'
import {mendozaEffects, type MendozaEffects} from '../write/mendozaEffects.ts'
import type {ListenMatcher} from './matchListenQuery.ts'

/** What a listener asked for (`includeResult`, `effectFormat=mendoza`, …). */
export interface ListenOptions {
  includeResult: boolean
  includePreviousRevision: boolean
  includeMutations: boolean
  /** `effectFormat=mendoza`. */
  effects: boolean
  visibility: 'query' | 'transaction'
}

/** A `mutation` event's data, the fields @sanity/client's `MutationEvent` and the Studio read. */
export interface MutationEvent {
  eventId: string
  documentId: string
  transactionId: string
  transition: 'appear' | 'update' | 'disappear'
  identity: string
  timestamp: string
  visibility: 'query' | 'transaction'
  previousRev?: string
  resultRev: string
  /** The transaction's mutations of this document, as the client sent them (a create with the id it got). */
  mutations?: Record<string, unknown>[]
  result?: Record<string, unknown>
  previous?: Record<string, unknown> | null
  effects?: MendozaEffects
  transactionTotalEvents: number
  transactionCurrentEvent: number
}

/**
 * The events one listener gets for one transaction: one per changed document its query selects
 * before or after, numbered within the transaction so that the Studio can wait for all of them.
 */
export async function mutationEvents(transaction: CommittedTransaction, matches: ListenMatcher, options: ListenOptions): Promise<MutationEvent[]> {
  const selected = []
  for (const change of transaction.changes) {
    const [before, after] = [await matches(change.before), await matches(change.after)]
    if (before || after) selected.push({change, transition: before && after ? 'update' : after ? 'appear' : 'disappear'} as const)
  }
  return selected.map(({change: {id, before, after, mutations}, transition}, index) => ({
    eventId: `${transaction.transactionId}#${id}`,
    documentId: id,
    transactionId: transaction.transactionId,
    transition,
    identity: transaction.author,
    timestamp: transaction.timestamp,
    visibility: options.visibility,
    ...(before?._rev ? {previousRev: before._rev} : {}),
    resultRev: after?._rev ?? transaction.transactionId,
    ...(options.includeMutations ? {mutations} : {}),
    ...(options.includeResult && after ? {result: after} : {}),
    ...(options.includePreviousRevision ? {previous: before ?? null} : {}),
    ...(options.effects ? {effects: mendozaEffects(before, after)} : {}),
    transactionTotalEvents: selected.length,
    transactionCurrentEvent: index + 1,
  }))
}
