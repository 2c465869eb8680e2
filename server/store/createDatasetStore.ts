import {createHash} from 'node:crypto'
import {statSync} from 'node:fs'
import {writeFileAtomic} from '../../dataset/writeFileAtomic.ts'
import {evaluate, GroqSyntaxError, parse, type ExprNode} from 'groq-js'
import {applyPerspective, type Perspective} from './applyPerspective.ts'
import {indexView, planQuery, type IndexedView} from './planQuery.ts'
import {QueryError} from './QueryError.ts'
import {readDatasetFile} from '../../dataset/readDatasetFile.ts'
import type {StoredDocument} from '../../dataset/types.ts'

export interface DatasetStoreOptions {
  /** The dataset's name in URLs (`production`). */
  name: string
  /** The NDJSON file the importer writes. */
  file: string
  /** How often, at most, a request checks the file for changes (ms). */
  checkIntervalMs?: number
  /** Told when a reload fails; the store keeps answering from the last good load. */
  onReloadError?: (error: Error) => void
  /**
   * Serve every document with a `_rev`, as the Content Lake does (the Studio tracks revisions):
   * one without (as the importer writes them) gets a stable one derived from its content. Such
   * revisions are never written back; a document keeps them only until a write replaces it.
   */
  revisions?: boolean
  /**
   * Turns the documents read from the file into the documents served (the local endpoint resolves
   * imported attachments into assets this way). Runs after every load and reload, before
   * revisions are derived, when the documents are first asked for (so a server can hand it its
   * own URL once it listens). What it returns is not written back: the next write persists it.
   */
  prepare?: (documents: StoredDocument[]) => StoredDocument[]
}

export interface QueryAnswer {
  result: unknown
  /** Time spent evaluating, in milliseconds. */
  ms: number
}

/** One dataset held in memory: documents by id, reloaded when the file changes, queried with groq-js. */
export interface DatasetStore {
  readonly name: string
  readonly file: string
  /** Documents in file order, as a perspective sees them. */
  documents(perspective?: Perspective): readonly StoredDocument[]
  /** One document by id, as a perspective sees it (raw: any id). */
  getDocument(id: string, perspective?: Perspective): StoredDocument | undefined
  /** Runs a GROQ query; throws `QueryError` for parse errors, missing params and failures. */
  query(query: string, params?: Record<string, unknown>, options?: {perspective?: Perspective}): Promise<QueryAnswer>
  /**
   * The write path: replaces every document, writing the file atomically first (temp file, fsync,
   * rename) so that a crash leaves the old file or the new one, then serving the new documents.
   */
  replaceDocuments(documents: readonly StoredDocument[]): void
  /** How many times the documents changed: loads, reloads and writes. */
  readonly generation: number
}

interface Snapshot {
  raw: StoredDocument[]
  /** Whether `prepare` ran and revisions were derived. */
  prepared: boolean
  views: Map<Perspective, IndexedView & {plans: Map<string, ExprNode>}>
  signature: string
}

const PARSE_CACHE_SIZE = 500

/** Loads `file` now (throwing if it cannot) and returns a store that reloads it when it changes. */
export function createDatasetStore(options: DatasetStoreOptions): DatasetStore {
  const checkIntervalMs = options.checkIntervalMs ?? 200
  const derivedRevisions = new WeakSet<StoredDocument>()
  const load = (file: string) => loadFile(file)
  let snapshot = load(options.file)
  let generation = 1
  let lastCheck = Date.now()
  const parsed = new Map<string, ExprNode>()

  /** Prepares a loaded snapshot once: `prepare`, then content-derived revisions. */
  function ready(current: Snapshot): Snapshot {
    if (current.prepared) return current
    current.raw = options.prepare ? options.prepare(current.raw) : current.raw
    if (options.revisions) deriveRevisions(current.raw, derivedRevisions)
    current.prepared = true
    return current
  }

  /** Reloads when the file's size, mtime or inode changed (atomic writes replace the inode). */
  function fresh(): Snapshot {
    return ready(check())
  }

  function check(): Snapshot {
    const now = Date.now()
    if (now - lastCheck < checkIntervalMs) return snapshot
    lastCheck = now
    const signature = signatureOf(options.file)
    if (signature && signature !== snapshot.signature) {
      try {
        snapshot = load(options.file)
        generation++
      } catch (error) {
        snapshot.signature = signature // do not retry a broken file on every request
        options.onReloadError?.(error as Error)
      }
    }
    return snapshot
  }

  function view(perspective: Perspective) {
    const current = fresh()
    let found = current.views.get(perspective)
    if (!found) {
      found = {...indexView(applyPerspective(current.raw, perspective)), plans: new Map()}
      current.views.set(perspective, found)
    }
    return found
  }

  function parseCached(query: string, params: Record<string, unknown>): ExprNode {
    let tree = parsed.get(cacheKey(query, params))
    if (!tree) {
      checkParams(query, params)
      try {
        tree = parse(query, {params})
      } catch (error) {
        if (error instanceof GroqSyntaxError) {
          const description = error.message.replace(/^Syntax error in GROQ query at position \d+: /, '')
          throw new QueryError('parse', query, description, {start: error.position, end: error.position + 1})
        }
        throw new QueryError('parse', query, (error as Error).message, {start: 0, end: query.length})
      }
      if (parsed.size >= PARSE_CACHE_SIZE) parsed.delete(parsed.keys().next().value!)
      parsed.set(cacheKey(query, params), tree)
    }
    return tree
  }

  return {
    name: options.name,
    file: options.file,
    get generation() {
      return generation
    },
    replaceDocuments(documents) {
      writeFileAtomic(options.file, (function* () {
        for (const doc of documents) yield JSON.stringify(derivedRevisions.has(doc) ? withoutRev(doc) : doc) + '\n'
      })())
      snapshot = {raw: [...documents], prepared: true, views: new Map(), signature: signatureOf(options.file) ?? ''}
      generation++
      lastCheck = Date.now()
    },
    documents: (perspective = 'published') => view(perspective).documents,
    getDocument(id, perspective = 'raw') {
      return view(perspective).byId.get(id)
    },
    async query(query, params = {}, {perspective = 'published'} = {}) {
      const tree = parseCached(query, params)
      const current = view(perspective)
      const key = cacheKey(query, params)
      let plan = current.plans.get(key)
      if (!plan) {
        if (current.plans.size >= PARSE_CACHE_SIZE) current.plans.clear()
        current.plans.set(key, (plan = planQuery(tree, current)))
      }
      const {documents, byId} = current
      const started = performance.now()
      try {
        const value = await evaluate(plan, {
          dataset: documents,
          params,
          dereference: ({_ref}) => byId.get(_ref),
        })
        const result = await value.get()
        return {result, ms: performance.now() - started}
      } catch (error) {
        throw new QueryError('execution', query, (error as Error).message)
      }
    },
  }
}

/** Parsing depends on params (groq-js substitutes them), so the cache key holds both. */
function cacheKey(query: string, params: Record<string, unknown>): string {
  return query.includes('$') ? `${query}\u0000${JSON.stringify(params)}` : query
}

function loadFile(file: string): Snapshot {
  const signature = signatureOf(file)
  if (!signature) throw new Error(`${file}: no such dataset file`)
  return {raw: readDatasetFile(file), prepared: false, views: new Map(), signature}
}

/** Gives each document without `_rev` one derived from its content, remembered as derived (never written). */
function deriveRevisions(documents: StoredDocument[], derived: WeakSet<StoredDocument>) {
  for (const doc of documents) {
    if (typeof doc._rev === 'string') continue
    doc._rev = createHash('sha1').update(JSON.stringify(doc)).digest('base64url').slice(0, 22)
    derived.add(doc)
  }
}

function withoutRev(doc: StoredDocument): StoredDocument {
  const {_rev, ...rest} = doc
  return rest as StoredDocument
}

function signatureOf(file: string): string | undefined {
  try {
    const stat = statSync(file)
    return `${stat.ino}:${stat.size}:${stat.mtimeMs}`
  } catch {
    return undefined
  }
}

/** The hosted API refuses a query that names a `$param` it was not given; groq-js would read it as null. */
function checkParams(query: string, params: Record<string, unknown>) {
  for (const {name, start} of parameterTokens(query)) {
    if (!Object.hasOwn(params, name)) {
      throw new QueryError('param', query, `param $${name} referenced, but not provided`, {start, end: start + name.length + 1})
    }
  }
}

/** `$name` tokens outside string literals and comments, with their offsets. */
export function parameterTokens(query: string): {name: string; start: number}[] {
  const tokens: {name: string; start: number}[] = []
  const lexer = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\/\/[^\n]*|\$([A-Za-z_][A-Za-z0-9_]*)/g
  for (const match of query.matchAll(lexer)) if (match[1]) tokens.push({name: match[1], start: match.index})
  return tokens
}
