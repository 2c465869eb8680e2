import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import type {Perspective} from '../applyPerspective.ts'
import type {JournalEntry} from '../journal/journalEntry.ts'
import {QueryError} from '../QueryError.ts'
import type {StoredDocument} from '../../../dataset/types.ts'
import type {FromWorker, SanityContext, ToWorker} from './queryMessages.ts'

export interface QueryPoolOptions {
  /** The documents a new worker starts from (the store's current ones). */
  documents: () => readonly StoredDocument[]
  /** A query still running after this long is ended and answered with the timeout error. */
  timeoutMs: number
  /** Most workers at once (each holds a copy of the dataset); default: cores + 1, at least 3. */
  maxWorkers?: number
  /** Heap limit of one worker, so that a runaway query runs out of memory alone (MB). */
  maxHeapMb?: number
}

export interface QueryRequest {
  query: string
  params: Record<string, unknown>
  perspective: Perspective
  sanity?: SanityContext
  /** Aborting ends the query (its client went away). */
  signal?: AbortSignal
}

/** Worker threads that answer GROQ queries, each query under a time limit. */
export interface QueryPool {
  run(request: QueryRequest): Promise<{result: unknown; ms: number}>
  /** Tells every worker about a committed transaction. */
  change(entry: Pick<JournalEntry, 'put' | 'delete'>): void
  /** Tells every worker the documents were reloaded. */
  reload(): void
  /** Queries being evaluated now, and workers ended early (timeouts, cancels) since the start. */
  readonly stats: {running: number; ended: number}
  close(): Promise<void>
}

interface PooledWorker {
  worker: Worker
  busy?: {id: number; resolve(answer: FromWorker): void; reject(error: Error): void}
}

/**
 * groq-js evaluates on the thread that calls it, and a query such as
 * `count(*[]{"x": *[]{"y": *[]._id}})` runs for minutes, so queries run in worker threads: one
 * query per worker at a time, the others answered by idle workers (or new ones, up to
 * `maxWorkers`) meanwhile. A worker whose query passes the time limit, or whose client
 * disconnected, is terminated (the only way to stop synchronous JavaScript) and replaced on demand
 * by one loaded with the current documents. Every write reaches each worker as a change message,
 * queued before any later query, so a query always sees the writes acknowledged before it.
 */
export function createQueryPool(options: QueryPoolOptions): QueryPool {
  const maxWorkers = options.maxWorkers ?? Math.max(3, availableParallelism() + 1)
  const workers = new Set<PooledWorker>()
  const waiting: (() => void)[] = []
  let nextId = 1
  let ended = 0
  let closed = false

  const spawn = (): PooledWorker => {
    const worker = new Worker(new URL('./queryWorker.ts', import.meta.url), {
      resourceLimits: {maxOldGenerationSizeMb: options.maxHeapMb ?? 1024},
    })
    const pooled: PooledWorker = {worker}
    worker.on('message', (answer: FromWorker) => {
      const busy = pooled.busy
      if (!busy || busy.id !== answer.id) return
      pooled.busy = undefined
      busy.resolve(answer)
      waiting.shift()?.()
    })
    worker.on('error', (error: unknown) => end(pooled, error instanceof Error ? error : new Error(String(error))))
    worker.on('exit', () => end(pooled, new Error('the query worker stopped')))
    worker.postMessage({type: 'load', documents: options.documents()} satisfies ToWorker)
    // Idle workers must not keep the process alive (after the listeners: adding one refs the port again).
    worker.unref()
    workers.add(pooled)
    return pooled
  }

  /** Takes a worker out of the pool, failing its query; the next query that needs one starts a new one. */
  function end(pooled: PooledWorker, error: Error) {
    if (!workers.delete(pooled)) return
    const busy = pooled.busy
    pooled.busy = undefined
    void pooled.worker.terminate()
    busy?.reject(error)
    waiting.shift()?.()
  }

  /** Finds (or starts) an idle worker and reserves it for query `id` at once, before any other query can. */
  async function reserveWorker(id: number, signal?: AbortSignal): Promise<PooledWorker> {
    for (;;) {
      if (closed) throw new Error('the query pool is closed')
      signal?.throwIfAborted()
      const pooled = [...workers].find((candidate) => !candidate.busy) ?? (workers.size < maxWorkers ? spawn() : undefined)
      if (pooled) {
        pooled.busy = {id, resolve: () => {}, reject: () => {}}
        // Keep one idle worker loaded, so that the next query does not wait for a worker to load the dataset while this one runs long.
        if (workers.size < maxWorkers && [...workers].every((candidate) => candidate.busy)) spawn()
        return pooled
      }
      await new Promise<void>((resolve) => waiting.push(resolve))
    }
  }

  return {
    async run({query, params, perspective, sanity, signal}) {
      const id = nextId++
      const pooled = await reserveWorker(id, signal)
      const answer = await new Promise<FromWorker>((resolve, reject) => {
        const stop = (error: Error) => {
          if (pooled.busy?.id !== id) return
          ended++
          end(pooled, error)
        }
        const timer = setTimeout(() => stop(new QueryError('timeout', query, `Query exceeded the time limit of ${options.timeoutMs} ms`)), options.timeoutMs)
        const onAbort = () => stop(new QueryError('cancelled', query, 'The client closed the connection'))
        signal?.addEventListener('abort', onAbort, {once: true})
        const settle = () => {
          clearTimeout(timer)
          signal?.removeEventListener('abort', onAbort)
        }
        // A worker that dies under a query (out of memory: its heap is capped) fails that query, not the server.
        const failed = (error: Error) => (error instanceof QueryError ? error : new QueryError('execution', query, `The query could not be completed: ${error.message}`))
        pooled.busy = {id, resolve: (value) => (settle(), resolve(value)), reject: (error) => (settle(), reject(failed(error)))}
        pooled.worker.postMessage({type: 'query', id, query, params, perspective, sanity} satisfies ToWorker)
      })
      if (answer.type === 'error') {
        const position = answer.start !== undefined ? {start: answer.start, end: answer.end ?? answer.start} : undefined
        throw new QueryError(answer.kind, query, answer.description, position)
      }
      return {result: (answer as Extract<FromWorker, {type: 'result'}>).result, ms: answer.ms}
    },
    change(entry) {
      for (const {worker} of workers) worker.postMessage({type: 'change', entry} satisfies ToWorker)
    },
    reload() {
      const documents = options.documents()
      for (const {worker} of workers) worker.postMessage({type: 'load', documents} satisfies ToWorker)
    },
    get stats() {
      return {running: [...workers].filter((pooled) => pooled.busy).length, ended}
    },
    async close() {
      closed = true
      await Promise.all([...workers].map((pooled) => (workers.delete(pooled), pooled.worker.terminate())))
      waiting.splice(0).forEach((wake) => wake())
    },
  }
}
