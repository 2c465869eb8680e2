import {badRequest, HttpError, notFound} from '../HttpError.ts'
import type {RouteContext, RouteTable} from '../router.ts'
import {isPerspective, type Perspective} from '../store/applyPerspective.ts'
import type {DatasetStore} from '../store/createDatasetStore.ts'
import {QueryError} from '../store/QueryError.ts'

/** The datasets a server answers for, by name. */
export type DatasetRegistry = ReadonlyMap<string, DatasetStore>

/**
 * The read half of Sanity's HTTP data API, as @sanity/client calls it:
 * `GET|POST /v{apiVersion}/data/query/{dataset}` and `GET /v{apiVersion}/data/doc/{dataset}/{ids}`.
 */
export function dataRoutes(datasets: DatasetRegistry): RouteTable {
  return [
    {method: ['GET', 'POST'], path: '/v:apiVersion/data/query/:dataset', handler: (context) => runQuery(datasets, context)},
    {method: 'GET', path: '/v:apiVersion/data/doc/:dataset/:ids', handler: (context) => getDocuments(datasets, context)},
  ]
}

async function runQuery(datasets: DatasetRegistry, {req, url, params, readBody}: RouteContext) {
  checkApiVersion(params.apiVersion!)
  const store = datasetNamed(datasets, params.dataset!)
  const request = req.method === 'POST' ? parsePostBody(await readBody()) : parseSearch(url.searchParams)
  const perspective = perspectiveOf(url.searchParams.get('perspective'))
  try {
    const {result, ms} = await store.query(request.query, request.params, {perspective})
    const returnQuery = url.searchParams.get('returnQuery') !== 'false'
    return {json: {...(returnQuery ? {query: request.query} : {}), result, ms: Math.round(ms)}}
  } catch (error) {
    throw error instanceof QueryError ? queryErrorResponse(error) : error
  }
}

function getDocuments(datasets: DatasetRegistry, {params}: RouteContext) {
  checkApiVersion(params.apiVersion!)
  const store = datasetNamed(datasets, params.dataset!)
  const ids = params.ids!.split(',').map((id) => id.trim()).filter(Boolean)
  const documents = []
  const omitted = []
  for (const id of ids) {
    const doc = store.getDocument(id)
    if (doc) documents.push(doc)
    else omitted.push({id, reason: 'existence'})
  }
  return {json: {documents, omitted}}
}

interface QueryRequest {
  query: string
  params: Record<string, unknown>
}

/** `?query=...&$name=<json>`: how the client sends a query short enough for a GET. */
function parseSearch(search: URLSearchParams): QueryRequest {
  const query = search.get('query')
  if (query === null) throw badRequest('Missing query parameter "query"')
  const params: Record<string, unknown> = {}
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw badRequest(`Parameter "${key}" is not valid JSON`)
    }
  }
  return {query, params}
}

/** `{query, params}` as JSON: how the client sends a long query. */
function parsePostBody(body: string): QueryRequest {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    throw badRequest('Request body is not valid JSON')
  }
  const {query, params = {}} = (value ?? {}) as {query?: unknown; params?: unknown}
  if (typeof query !== 'string') throw badRequest('Request body needs a string "query"')
  if (!params || typeof params !== 'object' || Array.isArray(params)) throw badRequest('"params" must be an object')
  return {query, params: params as Record<string, unknown>}
}

function perspectiveOf(value: string | null): Perspective {
  if (value === null || value === '') return 'published'
  if (isPerspective(value)) return value
  throw badRequest(`Unknown perspective "${value}"; use published, drafts or raw`)
}

function checkApiVersion(version: string) {
  if (version === '1' || version === 'X' || /^\d{4}-\d{2}-\d{2}$/.test(version)) return
  throw badRequest(`Invalid API version "v${version}": expected v1, vX or vYYYY-MM-DD`)
}

function datasetNamed(datasets: DatasetRegistry, name: string): DatasetStore {
  const store = datasets.get(name)
  if (!store) throw notFound(`Dataset "${name}" not found`)
  return store
}

/** The hosted API's body for GROQ errors, which @sanity/client formats with a code frame. */
function queryErrorResponse(error: QueryError): HttpError {
  const type = error.kind === 'execution' ? 'queryExecutionError' : 'queryParseError'
  const body = {
    description: error.description,
    type,
    query: error.query,
    ...(error.start !== undefined ? {start: error.start, end: error.end} : {}),
  }
  return new HttpError(400, error.message, {error: body})
}
