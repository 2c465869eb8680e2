import {badRequest, notFound} from '../HttpError.ts'
import type {RouteContext, RouteTable} from '../router.ts'
import type {DocumentAction} from './actionsToMutations.ts'
import {addArrayKeys} from './addArrayKeys.ts'
import {checkNesting} from './checkNesting.ts'
import type {DatasetWriter} from './createDatasetWriter.ts'

/** The writable datasets a server answers for, by name. */
export type WriterRegistry = ReadonlyMap<string, DatasetWriter>

/**
 * The write half of Sanity's HTTP data API: `POST /v{apiVersion}/data/mutate/{dataset}` (a
 * transaction of mutations, answered with its id and per-document results) and
 * `POST /v{apiVersion}/data/actions/{dataset}` (document actions: create, edit, publish,
 * unpublish, discard, delete). A write is acknowledged only after its journal entry is on the disk.
 */
export function writeRoutes(writers: WriterRegistry): RouteTable {
  return [
    {method: 'POST', path: '/v:apiVersion/data/mutate/:dataset', handler: (context) => mutate(writers, context)},
    {method: 'POST', path: '/v:apiVersion/data/actions/:dataset', handler: (context) => act(writers, context)},
  ]
}

async function mutate(writers: WriterRegistry, {params, url, readBody}: RouteContext) {
  const writer = writerNamed(writers, params.dataset!)
  const body = await readJson(readBody)
  if (!Array.isArray(body.mutations)) throw badRequest('Request body needs a "mutations" array')
  const transactionId = optionalString(body.transactionId, 'transactionId')
  if (url.searchParams.get('dryRun') === 'true') throw badRequest('dryRun is not supported by the local endpoint')
  const mutations = url.searchParams.get('autoGenerateArrayKeys') === 'true' ? body.mutations.map(withArrayKeys) : body.mutations
  const {transactionId: id, results, changes} = writer.commit(mutations, {transactionId})
  await writer.flushed() // acknowledged only once it is on the disk
  const returnIds = url.searchParams.get('returnIds') === 'true'
  const returnDocuments = url.searchParams.get('returnDocuments') === 'true'
  const documents = writer.documents()
  // A deleted document is returned as it was, as the hosted API does.
  const deleted = new Map(changes.filter((change) => !change.after && change.before).map((change) => [change.id, change.before]))
  return {
    json: {
      transactionId: id,
      results: results.map(({id: docId, operation}) => {
        const document = operation === 'delete' ? deleted.get(docId) : documents.get(docId)
        return {...(returnIds || returnDocuments ? {id: docId} : {}), operation, ...(returnDocuments && document ? {document} : {})}
      }),
    },
  }
}

/** Keys for the arrays inside one mutation's body (not for the list of mutations itself). */
function withArrayKeys(mutation: unknown): unknown {
  if (!mutation || typeof mutation !== 'object' || Array.isArray(mutation)) return mutation
  return Object.fromEntries(Object.entries(mutation).map(([operation, body]) => [operation, addArrayKeys(body)]))
}

async function act(writers: WriterRegistry, {params, readBody}: RouteContext) {
  const writer = writerNamed(writers, params.dataset!)
  const body = await readJson(readBody)
  const actions = (Array.isArray(body.actions) ? body.actions : [body.actions]) as DocumentAction[]
  if (!actions.every((action) => action && typeof action === 'object')) throw badRequest('Request body needs "actions"')
  if (body.dryRun === true) throw badRequest('dryRun is not supported by the local endpoint')
  const {transactionId} = writer.act(actions, {transactionId: optionalString(body.transactionId, 'transactionId')})
  await writer.flushed()
  return {json: {transactionId}}
}

/** The body as a JSON object: 413 past the size limit (from `readBody`), 400 when it is not JSON, not an object, or nested too deep. */
async function readJson(readBody: () => Promise<string>): Promise<Record<string, any>> {
  const text = await readBody()
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw badRequest(`Request body is not valid JSON: ${(error as Error).message}`)
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw badRequest('Request body is not a JSON object')
  checkNesting(value)
  return value as Record<string, any>
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !/^[A-Za-z0-9._-]{1,128}$/.test(value)) throw badRequest(`"${name}" must be a short id`)
  return value
}

function writerNamed(writers: WriterRegistry, name: string): DatasetWriter {
  const writer = writers.get(name)
  if (!writer) throw notFound(`Dataset "${name}" not found`)
  return writer
}
