import {randomUUID} from 'node:crypto'
import type {ServerResponse} from 'node:http'
import {badRequest, notFound} from '../HttpError.ts'
import type {RouteContext, RouteTable} from '../router.ts'
import type {CommittedTransaction} from '../write/createDatasetWriter.ts'
import type {WriterRegistry} from '../write/writeRoutes.ts'
import {mutationEvents, type ListenOptions} from './mutationEvents.ts'
import {matchListenQuery} from './matchListenQuery.ts'

/** How often an idle stream gets a comment line, so that proxies and clients keep it open. */
const KEEP_ALIVE_MS = 15_000

/**
 * `GET /v{apiVersion}/data/listen/{dataset}?query=…&$param=…`: server-sent events as
 * @sanity/client's `listen()` reads them: `welcome` once connected, then a `mutation` event for
 * every document a transaction changed that the query selects before or after it.
 */
export function listenRoutes(writers: WriterRegistry): RouteTable {
  return [{method: 'GET', path: '/v:apiVersion/data/listen/:dataset', handler: (context) => listen(writers, context)}]
}

function listen(writers: WriterRegistry, {req, res, url, params}: RouteContext) {
  const writer = writers.get(params.dataset!)
  if (!writer) throw notFound(`Dataset "${params.dataset}" not found`)
  const search = url.searchParams
  const query = search.get('query')
  if (!query) throw badRequest('Missing query parameter "query"')
  const queryParams: Record<string, unknown> = {}
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue
    try {
      queryParams[key.slice(1)] = JSON.parse(value)
    } catch {
      throw badRequest(`Parameter "${key}" is not valid JSON`)
    }
  }
  const flag = (name: string, fallback: boolean) => (search.has(name) ? search.get(name) === 'true' : fallback)
  const options: ListenOptions = {
    includeResult: flag('includeResult', true),
    includePreviousRevision: flag('includePreviousRevision', false),
    includeMutations: flag('includeMutations', true),
    effects: search.get('effectFormat') === 'mendoza',
    visibility: search.get('visibility') === 'transaction' ? 'transaction' : 'query',
  }
  const matches = matchListenQuery(query, queryParams, flag('includeAllVersions', false))

  res.writeHead(200, {'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no'})
  send(res, 'welcome', {listenerName: `local-${randomUUID()}`})
  // Transactions are announced in commit order; matching is async, so they queue up here.
  let queue = Promise.resolve()
  const unsubscribe = writer.subscribe((transaction: CommittedTransaction) => {
    queue = queue
      .then(() => mutationEvents(transaction, matches, options))
      .then((events) => events.forEach((event) => send(res, 'mutation', event, event.eventId)))
      .catch((error: unknown) => send(res, 'channelError', {message: (error as Error).message}))
  })
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS)
  const stop = () => {
    clearInterval(keepAlive)
    unsubscribe()
  }
  req.on('close', stop)
  res.on('close', stop)
  return undefined
}

function send(res: ServerResponse, event: string, data: unknown, id?: string) {
  if (res.writableEnded || res.destroyed) return
  res.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
}
