import {existsSync, readFileSync} from 'node:fs'
import {readDatasetFile} from '../../../dataset/readDatasetFile.ts'
import type {StoredDocument} from '../../../dataset/types.ts'
import {applyJournalEntry} from './applyJournalEntry.ts'
import {journalFileOf, type JournalEntry} from './journalEntry.ts'

export interface DatasetContents {
  /** The documents: the NDJSON file with the journal's transactions applied, in file order. */
  documents: StoredDocument[]
  /** Transactions the journal held (applied above). */
  journalEntries: number
  /** Bytes of the journal that are whole transactions; a torn last line (a write that was never acknowledged) lies past it. */
  journalBytes: number
}

/**
 * Reads a dataset as the local endpoint stores it: the NDJSON file (what `npm run import` wrote and
 * what the last compaction wrote) plus the journal of transactions acknowledged since. Journal
 * entries hold documents whole, so applying one twice (a crash between a compaction and the
 * journal's reset) gives the same documents. A last line without its newline is a write the
 * server never acknowledged and is left out; anything else unreadable throws with `file:line`.
 */
export function readDataset(file: string): DatasetContents {
  const documents = readDatasetFile(file)
  const journal = journalFileOf(file)
  if (!existsSync(journal)) return {documents, journalEntries: 0, journalBytes: 0}
  const text = readFileSync(journal, 'utf8')
  const whole = text.lastIndexOf('\n') + 1
  const lines = text.slice(0, whole).split('\n').slice(0, -1)
  if (lines.length === 0) return {documents, journalEntries: 0, journalBytes: 0}
  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  lines.forEach((line, index) => applyJournalEntry(byId, parseEntry(journal, index + 1, line)))
  return {documents: [...byId.values()], journalEntries: lines.length, journalBytes: Buffer.byteLength(text.slice(0, whole))}
}

function parseEntry(journal: string, line: number, text: string): JournalEntry {
  let entry: Partial<JournalEntry>
  try {
    entry = JSON.parse(text)
  } catch (error) {
    throw new Error(`${journal}:${line}: not JSON (${(error as Error).message})`)
  }
  if (!Array.isArray(entry?.put) || !Array.isArray(entry.delete)) throw new Error(`${journal}:${line}: not a journal entry (needs "put" and "delete")`)
  return entry as JournalEntry
}
