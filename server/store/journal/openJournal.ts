import {closeSync, fdatasyncSync, ftruncateSync, fstatSync, openSync} from 'node:fs'
import path from 'node:path'
import {fsyncDirectory} from '../../../dataset/fsyncDirectory.ts'
import {writeFully} from '../../../dataset/writeFileAtomic.ts'
import {WriteError} from '../../../dataset/WriteError.ts'
import {journalFileOf, type JournalEntry} from './journalEntry.ts'

/** The append end of a dataset's journal. */
export interface Journal {
  /** Appends one transaction and flushes it to the disk; throws `WriteError` (and leaves the journal as it was) when it cannot. */
  append(entry: JournalEntry): void
  /** Bytes of whole entries in the journal. */
  readonly bytes: number
  /** Empties the journal after a compaction wrote its transactions into the NDJSON file. */
  reset(): void
  close(): void
}

/**
 * Opens (creating it) the journal beside `datasetFile`, cutting off a torn last line left by a
 * crash (`wholeBytes` is where the last whole entry ends, from `readDataset`). Each append is one
 * `write` of one line followed by `fdatasync`: the server acknowledges a transaction only after
 * this returns, so an acknowledged write survives `kill -9` and a power cut. A failed append (a
 * full disk) truncates the journal back to its last whole entry, so a later append does not
 * follow half a line.
 */
export function openJournal(datasetFile: string, wholeBytes: number): Journal {
  const file = journalFileOf(datasetFile)
  const fd = openSync(file, 'a+')
  let bytes = wholeBytes
  if (fstatSync(fd).size !== bytes) {
    ftruncateSync(fd, bytes)
    fdatasyncSync(fd)
  }
  fsyncDirectory(path.dirname(path.resolve(file)))
  return {
    get bytes() {
      return bytes
    },
    append(entry) {
      const line = Buffer.from(JSON.stringify(entry) + '\n', 'utf8')
      try {
        writeFully(fd, line)
        fdatasyncSync(fd)
        bytes += line.length
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
