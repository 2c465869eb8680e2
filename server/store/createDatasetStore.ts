import {createHash} from 'node:crypto'
import {statSync} from 'node:fs'
import {removeStaleTempFiles} from '../../dataset/removeStaleTempFiles.ts'
import {writeFileAtomic} from '../../dataset/writeFileAtomic.ts'
import {applyPerspective, type Perspective} from './applyPerspective.ts'
import type {JournalEntry} from './journal/journalEntry.ts'
import {openJournal, type Journal} from './journal/openJournal.ts'
import {readDataset} from './journal/readDataset.ts'
import {indexView, type IndexedView} from './planQuery.ts'
import {createQueryPool} from './query/createQueryPool.ts'
import type {SanityContext} from './query/queryMessages.ts'
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
   * own URL once it listens). What it returns is not written back: the next compaction writes it.
   */
  prepare?: (documents: StoredDocument[]) => StoredDocument[]
  /** A query running longer is ended and answered with the timeout error (ms, default 10 s). */
  queryTimeoutMs?: number
  /** The project `sanity::projectId()` answers. */
  projectId?: string
  /** The journal is written into the NDJSON file once it holds this many bytes (default: the dataset's size, at least 4 MiB). */
  compactBytes?: number
  /** Told about things worth a log line (compactions that failed, stale temp files removed). */
  log?: (message: string) => void
}

export interface QueryAnswer {
  result: unknown
  /** Time spent evaluating, in milliseconds. */
  ms: number
}

/** One dataset held in memory: documents by id, reloaded when the file changes, queried with groq-js in worker threads. */
export interface DatasetStore {
  readonly name: string
  readonly file: string
  /** Documents in file order, as a perspective sees them. */
  documents(perspective?: Perspective): readonly StoredDocument[]
  /** One document by id, as a perspective sees it (raw: any id). */
  getDocument(id: string, perspective?: Perspective): StoredDocument | undefined
  /**
   * Runs a GROQ query in a worker thread, under the time limit; `signal` ends it early (the client
   * went away). Throws `QueryError` for parse errors, missing params, failures, timeouts, cancels.
   */
  query(query: string, params?: Record<string, unknown>, options?: {perspective?: Perspective; signal?: AbortSignal}): Promise<QueryAnswer>
  /**
   * The write path: appends the transaction (`entry`, the documents it changed) to the journal,
   * then serves `documents` (all of them, after the transaction). Throws `WriteError` and changes
   * nothing when the journal cannot be written (a full disk). Durable once `flushed()` resolves.
   */
  write(documents: readonly StoredDocument[], entry: JournalEntry): void
  /** Resolves once every write so far is on the disk; rejects when the flush fails. */
  flushed(): Promise<void>
  /** Writes the documents into the NDJSON file (atomically) and empties the journal. */
  compact(): void
  /** Compacts (when this store wrote anything) and stops the query workers. */
  close(): Promise<void>
  /** How many times the documents changed: loads, reloads and writes. */
  readonly generation: number
  /** Queries running now; queries ended early (timeouts, disconnects) since the start. */
  readonly queryStats: {running: number; ended: number}
}

interface Snapshot {
  raw: StoredDocument[]
  /** Whether `prepare` ran and revisions were derived. */
  prepared: boolean
  views: Map<Perspective, IndexedView>
  signature: string
  /** Bytes of whole journal entries at load time (what `openJournal` keeps). */
  journalBytes: number
}

const MIN_COMPACT_BYTES = 4 * 1024 * 1024

/** Loads `file` and its journal now (throwing if it cannot) and returns a store that reloads them when the file changes. */
export function createDatasetStore(options: DatasetStoreOptions): DatasetStore {
  const checkIntervalMs = options.checkIntervalMs ?? 200
  const log = options.log ?? (() => {})
  const derivedRevisions = new WeakSet<StoredDocument>()
  const stale = removeStaleTempFiles(options.file)
  if (stale.length) log(`removed ${stale.length} temporary file(s) of killed writers beside ${options.file}`)
  let snapshot = loadFile(options.file)
  let generation = 1
  let lastCheck = Date.now()
  let journal: Journal | undefined
  const sanity: SanityContext = {projectId: options.projectId ?? 'local', dataset: options.name}
  const pool = createQueryPool({documents: () => ready(check()).raw, timeoutMs: options.queryTimeoutMs ?? 10_000})

  /** Prepares a loaded snapshot once: `prepare`, then content-derived revisions. */
  function ready(current: Snapshot): Snapshot {
    if (current.prepared) return current
    current.raw = options.prepare ? options.prepare(current.raw) : current.raw
    if (options.revisions) deriveRevisions(current.raw, derivedRevisions)
    current.prepared = true
    return current
  }

  /** Reloads when the file's size, mtime or inode changed (compactions and imports replace the inode). */
  function check(): Snapshot {
    const now = Date.now()
    if (now - lastCheck < checkIntervalMs) return snapshot
    lastCheck = now
    const signature = signatureOf(options.file)
    if (signature && signature !== snapshot.signature) {
      try {
        snapshot = loadFile(options.file)
        generation++
        pool.reload()
      } catch (error) {
        snapshot.signature = signature // do not retry a broken file on every request
        options.onReloadError?.(error as Error)
      }
    }
    return snapshot
  }

  function view(perspective: Perspective): IndexedView {
    const current = ready(check())
    let found = current.views.get(perspective)
    if (!found) current.views.set(perspective, (found = indexView(applyPerspective(current.raw, perspective))))
    return found
  }

  function compact() {
    const documents = ready(snapshot).raw
    writeFileAtomic(options.file, (function* () {
      for (const doc of documents) yield JSON.stringify(derivedRevisions.has(doc) ? withoutRev(doc) : doc) + '\n'
    })())
    snapshot.signature = signatureOf(options.file) ?? ''
    journal?.reset()
  }

  return {
    name: options.name,
    file: options.file,
    get generation() {
      return generation
    },
    get queryStats() {
      return pool.stats
    },
    write(documents, entry) {
      const current = ready(check())
      journal ??= openJournal(options.file, current.journalBytes)
      journal.append(entry)
      snapshot = {raw: [...documents], prepared: true, views: new Map(), signature: current.signature, journalBytes: journal.bytes}
      generation++
      pool.change(entry)
      const threshold = options.compactBytes ?? Math.max(MIN_COMPACT_BYTES, statSync(options.file).size)
      if (journal.bytes < threshold) return
      try {
        compact()
      } catch (error) {
        // The transaction is safe in the journal; the next write tries again.
        log(`compaction of ${options.file} failed, the journal keeps the writes: ${(error as Error).message}`)
      }
    },
    flushed: () => journal?.flush() ?? Promise.resolve(),
    compact,
    async close() {
      await pool.close()
      if (!journal) return
      await journal.flush().catch(() => {}) // a failed flush: the compaction below writes it all again
      try {
        if (journal.bytes > 0) compact()
      } catch (error) {
        // Nothing is lost: the journal keeps the writes and the next start replays them.
        log(`compaction of ${options.file} at shutdown failed, the journal keeps the writes: ${(error as Error).message}`)
      } finally {
        journal.close()
        journal = undefined
      }
    },
    documents: (perspective = 'published') => view(perspective).documents,
    getDocument(id, perspective = 'raw') {
      return view(perspective).byId.get(id)
    },
    async query(query, params = {}, {perspective = 'published', signal} = {}) {
      ready(check())
      return pool.run({query, params, perspective, sanity, signal})
    },
  }
}

function loadFile(file: string): Snapshot {
  const signature = signatureOf(file)
  if (!signature) throw new Error(`${file}: no such dataset file`)
  const {documents, journalBytes} = readDataset(file)
  return {raw: documents, prepared: false, views: new Map(), signature, journalBytes}
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
