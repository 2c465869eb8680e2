import {randomBytes} from 'node:crypto'
import {Mutation} from '@sanity/mutator'
import {badRequest, HttpError} from '../HttpError.ts'
import {assignDocumentId} from './assignDocumentId.ts'
import {validateDocumentId} from './validateDocumentId.ts'
import type {StoredDocument} from '../../dataset/types.ts'
import {findReferences} from '../../dataset/findReferences.ts'

/** A document as the dataset holds it, with the revision the server stamps on every write. */
export type RevisedDocument = StoredDocument & {_rev?: string}

/** One mutation of the HTTP API (`{create: doc}`, `{patch: {id, ifRevisionID, set, unset, …}}`, …). */
export type MutationBody = Record<string, any>

/** What a transaction did to one document, as the Mutation API reports it. */
export interface AppliedMutation {
  id: string
  operation: 'create' | 'update' | 'delete' | 'none'
  /** `content` changes fields; `references` only flips `_weak` flags or checks a revision. */
  kind: 'content' | 'references'
}

/** One document's state before and after a transaction (undefined: it did not exist). */
export interface DocumentChange {
  id: string
  before?: RevisedDocument
  after?: RevisedDocument
  /** The transaction's mutations of this document, as sent (a create with the id it was given): what listeners get. */
  mutations: MutationBody[]
}

/** The outcome of `applyTransaction`. */
export interface AppliedTransaction {
  documents: Map<string, RevisedDocument>
  transactionId: string
  /** When it was applied (ISO), the `_updatedAt` of every document it wrote. */
  timestamp: string
  results: AppliedMutation[]
  /** Every document the transaction touched, in the order it first touched them. */
  changes: DocumentChange[]
}

/** Patch paths that do not change content: reference flags and the Studio's revision lock. */
const NON_CONTENT_PATH = /(\._weak|^_revision_lock_pseudo_field_)$/

/** A transaction id like the hosted API's: 22 URL-safe characters. */
export function newTransactionId(): string {
  return randomBytes(16).toString('base64url').slice(0, 22)
}

/**
 * Applies a transaction to a copy of the documents, all or nothing, as the Mutation API defines
 * it: `create` fails if the id exists, `createIfNotExists` does nothing then, `createOrReplace`
 * replaces, `delete` succeeds on missing ids, `patch` fails on a missing document or a revision
 * other than `ifRevisionID`. Patch operations are applied by @sanity/mutator (Sanity's own
 * implementation of the patch language). Afterwards every strong reference from a touched
 * document must point at an existing document, and no deleted document may be strongly
 * referenced. Every touched document gets the transaction id as its `_rev`. Conflicts throw a
 * 409 `HttpError` shaped like the hosted API's `mutationError`.
 */
export function applyTransaction(
  documents: ReadonlyMap<string, RevisedDocument>,
  mutations: readonly MutationBody[],
  transactionId = newTransactionId(),
  now = new Date().toISOString(),
): AppliedTransaction {
  const next = new Map(documents)
  const results: AppliedMutation[] = []
  const sent = new Map<string, MutationBody[]>()
  const record = (id: string, mutation: MutationBody) => sent.set(id, [...(sent.get(id) ?? []), mutation])
  const touched = new Set<string>()
  const deleted = new Set<string>()
  const fail = (index: number, id: string, type: string, description: string): never => {
    throw new HttpError(409, description, {
      error: {description: `The mutation(s) failed: ${description}`, type: 'mutationError', items: [{error: {id, type, description}, index}]},
    })
  }
  const stamp = (doc: RevisedDocument, previous?: RevisedDocument): RevisedDocument => ({
    ...doc,
    _createdAt: (previous?._createdAt as string) ?? now,
    _updatedAt: now,
    _rev: transactionId,
  })

  mutations.forEach((mutation, index) => {
    if (!mutation || typeof mutation !== 'object' || Array.isArray(mutation) || Object.keys(mutation).length !== 1) {
      throw badRequest(`mutation ${index}: must be an object with one key (create, createOrReplace, createIfNotExists, delete or patch)`)
    }
    const [operation] = Object.keys(mutation)
    const body = mutation[operation!]
    if (operation === 'create' || operation === 'createOrReplace' || operation === 'createIfNotExists') {
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest(`mutation ${index}: ${operation} needs a document`)
      const doc = {...body, _id: operation === 'create' ? assignDocumentId(body._id) : body._id} as RevisedDocument
      validateDocumentId(index, doc._id)
      if (typeof doc._type !== 'string' || doc._type === '') throw badRequest(`mutation ${index}: ${operation} needs a _type`)
      record(doc._id, {[operation]: doc})
      const previous = next.get(doc._id)
      if (previous && operation === 'create') fail(index, doc._id, 'documentAlreadyExistsError', `Document by ID "${doc._id}" already exists`)
      if (previous && operation === 'createIfNotExists') return void results.push({id: doc._id, operation: 'none', kind: 'content'})
      const {_rev, _createdAt, _updatedAt, ...content} = doc
      next.set(doc._id, stamp(structuredClone(content) as RevisedDocument, previous))
      touched.add(doc._id)
      deleted.delete(doc._id)
      results.push({id: doc._id, operation: previous ? 'update' : 'create', kind: 'content'})
    } else if (operation === 'delete') {
      const id = body?.id as string
      if (typeof id !== 'string') throw badRequest(`mutation ${index}: delete needs an id (deleting by query is not supported locally)`)
      validateDocumentId(index, id)
      record(id, mutation)
      if (next.delete(id)) deleted.add(id)
      touched.delete(id)
      results.push({id, operation: 'delete', kind: 'content'})
    } else if (operation === 'patch') {
      const {id, ifRevisionID, ...operations} = body as {id: string; ifRevisionID?: string}
      if (typeof id !== 'string') throw badRequest(`mutation ${index}: patch needs an id (patching by query is not supported locally)`)
      validateDocumentId(index, id)
      record(id, mutation)
      const previous = next.get(id)
      if (!previous) fail(index, id, 'documentNotFoundError', `Document "${id}" not found`)
      if (ifRevisionID !== undefined && previous!._rev !== ifRevisionID) {
        fail(index, id, 'documentRevisionIDDoesNotMatchError', `Document "${id}" has unexpected revision ID ("${previous!._rev}"), expected "${ifRevisionID}"`)
      }
      let patched: RevisedDocument
      try {
        patched = new Mutation({mutations: [{patch: {id, ...operations}}]}).apply(structuredClone(previous!)) as RevisedDocument
      } catch (error) {
        // @sanity/mutator throws on paths it cannot read (`set: {"": 1}`, `a[`): the request is at fault.
        throw badRequest(`mutation ${index}: invalid patch: ${(error as Error).message}`)
      }
      if (!patched || typeof patched !== 'object' || patched._id !== id || typeof patched._type !== 'string') {
        throw badRequest(`mutation ${index}: a patch may not remove or change _id or _type`)
      }
      next.set(id, stamp(patched, previous))
      touched.add(id)
      results.push({id, operation: 'update', kind: patchPaths(operations).every((path) => NON_CONTENT_PATH.test(path)) ? 'references' : 'content'})
    } else {
      throw badRequest(`mutation ${index}: unknown mutation type "${operation}"`)
    }
  })

  for (const id of touched) {
    for (const target of strongReferences(next.get(id))) {
      if (!next.has(target)) fail(0, id, 'referenceIntegrityError', `Document "${id}" references non-existent document "${target}"`)
    }
  }
  if (deleted.size > 0) {
    for (const doc of next.values()) {
      for (const target of strongReferences(doc)) {
        if (deleted.has(target)) fail(0, target, 'referenceIntegrityError', `Document "${target}" cannot be deleted as there are references to it from "${doc._id}"`)
      }
    }
  }
  const changes: DocumentChange[] = []
  for (const id of new Set(results.filter((result) => result.operation !== 'none').map((result) => result.id))) {
    const before = documents.get(id)
    const after = next.get(id)
    if (before || after) changes.push({id, before, after, mutations: sent.get(id) ?? []})
  }
  return {documents: next, transactionId, timestamp: now, results, changes}
}

/** Every path a patch names (the keys of `set`, the entries of `unset`, …). */
function patchPaths(operations: Record<string, unknown>): string[] {
  const paths: string[] = []
  for (const [name, value] of Object.entries(operations)) {
    if (name === 'unset' && Array.isArray(value)) paths.push(...value)
    else if (name === 'insert') paths.push('insert')
    else if (value && typeof value === 'object') paths.push(...Object.keys(value))
  }
  return paths
}

/** Ids a document references strongly (`_ref` without `_weak: true`). */
export function strongReferences(value: unknown): string[] {
  return findReferences(value).flatMap(({ref}) => (ref._weak === true ? [] : [ref._ref]))
}
