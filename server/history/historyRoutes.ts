import {notFound} from '../HttpError.ts'
import type {RouteContext, RouteTable} from '../router.ts'
import type {RevisedDocument} from '../write/applyTransaction.ts'
import type {CommittedTransaction, DatasetWriter} from '../write/createDatasetWriter.ts'
import {mendozaEffects} from '../write/mendozaEffects.ts'
import type {WriterRegistry} from '../write/writeRoutes.ts'

/**
 * Enough of the History API for the Studio's history panel, over the transactions committed since
 * the server started (the dataset file has no history of its own):
 * `GET /v{apiVersion}/data/history/{dataset}/transactions/{ids}` (NDJSON, one transaction a line,
 * with mendoza effects per document) and `GET …/documents/{ids}?revision=|time=|lastRevision=true`.
 */
export function historyRoutes(writers: WriterRegistry): RouteTable {
  return [
    {method: 'GET', path: '/v:apiVersion/data/history/:dataset/transactions/:ids', handler: (context) => transactions(writers, context)},
    {method: 'GET', path: '/v:apiVersion/data/history/:dataset/documents/:ids', handler: (context) => documents(writers, context)},
    // The document events API (publish, unpublish, …) behind the Studio's newer history view; the
    // Studio falls back to the transactions above for edits when it lists none.
    {method: 'GET', path: '/v:apiVersion/data/history/:dataset/events/*rest', handler: () => ({json: {events: {}, nextCursor: ''}})},
  ]
}

function transactions(writers: WriterRegistry, {params, url}: RouteContext) {
  const writer = writerNamed(writers, params.dataset!)
  const ids = new Set(idList(params.ids!))
  const search = url.searchParams
  let list = writer.transactions.filter((transaction) => transaction.changes.some((change) => ids.has(change.id)))
  const from = search.get('fromTransaction')
  const to = search.get('toTransaction')
  if (from) list = list.slice(Math.max(0, list.findIndex((transaction) => transaction.transactionId === from)))
  if (to) list = list.slice(0, list.findIndex((transaction) => transaction.transactionId === to) + 1 || list.length)
  if (search.get('reverse') === 'true') list = list.toReversed()
  const limit = Number(search.get('limit') ?? Infinity)
  if (Number.isFinite(limit) && limit >= 0) list = list.slice(0, limit)
  const onlyIdentified = search.get('includeIdentifiedDocumentsOnly') === 'true'
  const lines = list.map((transaction) => JSON.stringify(historyEntry(transaction, onlyIdentified ? ids : undefined)) + '\n')
  return {headers: {'content-type': 'application/x-ndjson; charset=utf-8'}, text: lines.join('')}
}

function historyEntry(transaction: CommittedTransaction, only?: ReadonlySet<string>) {
  const changes = transaction.changes.filter((change) => !only || only.has(change.id))
  return {
    id: transaction.transactionId,
    timestamp: transaction.timestamp,
    author: transaction.author,
    documentIDs: changes.map((change) => change.id),
    effects: Object.fromEntries(changes.map((change) => [change.id, mendozaEffects(change.before, change.after)])),
  }
}

function documents(writers: WriterRegistry, {params, url}: RouteContext) {
  const writer = writerNamed(writers, params.dataset!)
  const search = url.searchParams
  const found: RevisedDocument[] = []
  for (const id of idList(params.ids!)) {
    const doc = search.has('revision')
      ? atRevision(writer, id, search.get('revision')!)
      : search.get('lastRevision') === 'true'
        ? lastRevision(writer, id)
        : atTime(writer, id, search.get('time') ?? new Date().toISOString())
    if (doc) found.push(doc)
  }
  return {json: {documents: found}}
}

function atRevision(writer: DatasetWriter, id: string, revision: string): RevisedDocument | undefined {
  const current = writer.documents().get(id)
  if (current?._rev === revision) return current
  const transaction = writer.transactions.find((candidate) => candidate.transactionId === revision)
  return transaction?.changes.find((change) => change.id === id)?.after
}

function lastRevision(writer: DatasetWriter, id: string): RevisedDocument | undefined {
  const current = writer.documents().get(id)
  if (current) return current
  for (const transaction of writer.transactions.toReversed()) {
    const change = transaction.changes.find((candidate) => candidate.id === id)
    if (change?.before) return change.before
  }
  return undefined
}

function atTime(writer: DatasetWriter, id: string, time: string): RevisedDocument | undefined {
  // Walk back from now, undoing every change made after `time`.
  let doc = writer.documents().get(id)
  for (const transaction of writer.transactions.toReversed()) {
    if (transaction.timestamp <= time) break
    const change = transaction.changes.find((candidate) => candidate.id === id)
    if (change) doc = change.before
  }
  return doc
}

function idList(ids: string): string[] {
  return ids.split(',').map((id) => id.trim()).filter(Boolean)
}

function writerNamed(writers: WriterRegistry, name: string): DatasetWriter {
  const writer = writers.get(name)
  if (!writer) throw notFound(`Dataset "${name}" not found`)
  return writer
}
