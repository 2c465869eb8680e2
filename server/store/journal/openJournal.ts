import {closeSync, fdatasync, fdatasyncSync, ftruncateSync, fstatSync, openSync} from 'node:fs'
import path from 'node:path'
import {fsyncDirectory} from '../../../dataset/fsyncDirectory.ts'
import {writeFully} from '../../../dataset/writeFully.ts'
import {WriteError} from '../../../dataset/WriteError.ts'
import {journalFileOf, type JournalEntry} from './journalEntry.ts'

/** The append end of a dataset's journal. */
export interface Journal {
  /** Appends one transaction (written, not yet flushed); throws `WriteError` (and leaves the journal as it was) when it cannot. */
  append(entry: JournalEntry): void
  /** Resolves once everything appended so far is on the disk (`fdatasync`); concurrent calls share one flush. */
  flush(): Promise<void>
  /** Bytes of whole entries in the journal. */
  readonly bytes: number
  /** Empties the journal after a compaction wrote its transactions into the NDJSON file. */
  reset(): void
  close(): void
}

/**
 * Opens (creating it) the journal beside `datasetFile`, cutting off a torn last line left by a
 * crash (`wholeBytes` is where the last whole entry ends, from `readDataset`). Each append is one
 * `write` of one line; `flush` then runs `fdatasync` off the main thread, and the server
 * acknowledges a transaction only after a flush that began after its append, so an acknowledged
 * write survives `kill -9` and a power cut. Transactions appended while a flush runs share the
 * next one (group commit): the disk's flush time is paid once per group, not once per write.
 * A failed append (a full disk) truncates the journal back to its last whole entry, so a later
 * append does not follow half a line.
 */
export function openJournal(datasetFile: string, wholeBytes: number): Journal {
  const file = journalFileOf(datasetFile)
  const fd = openSync(file, 'a+')
  let bytes = wholeBytes
  /** Entries appended since the journal was opened (what a flush covers). */
  let appended = 0
  if (fstatSync(fd).size !== bytes) {
    ftruncateSync(fd, bytes)
    fdatasyncSync(fd)
  }
  fsyncDirectory(path.dirname(path.resolve(file)))
  /** The flush under way, and how many entries it covers (all appended before it began). */
  let running: {done: Promise<void>; covers: number} | undefined
  let queued: Promise<void> | undefined
  const flushNow = () => new Promise<void>((resolve, reject) => fdatasync(fd, (error) => (error ? reject(error) : resolve())))
  const flush = (): Promise<void> => {
    if (running && running.covers >= appended) return running.done
    if (!running) {
      const started = {covers: appended, done: flushNow().finally(() => (running = undefined))}
      running = started
      return started.done
    }
    // The running flush began before the latest append: one more after it covers every such append.
    return (queued ??= running.done.catch(() => {}).then(() => {
      queued = undefined
      return flush()
    }))
  }
  return {
    flush,
    get bytes() {
      return bytes
    },
    append(entry) {
      const line = Buffer.from(JSON.stringify(entry) + '\n', 'utf8')
      try {
        writeFully(fd, line)
        bytes += line.length
        appended++
      } catch (error) {
        try {
          ftruncateSync(fd, bytes)
        } catch {
          /* the next open cuts the torn line off */
        }
        throw new WriteError('write-failed', file, `cannot write the transaction: ${(error as Error).message}; nothing was changed`)
      }
    },
    reset() {
      ftruncateSync(fd, 0)
      fdatasyncSync(fd)
      bytes = 0
    },
    close() {
      closeSync(fd)
    },
  }
}
