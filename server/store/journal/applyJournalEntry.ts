import type {StoredDocument} from '../../../dataset/types.ts'
import type {JournalEntry} from './journalEntry.ts'

/** Applies one transaction: a put replaces in place (or appends), as the writer's map does. */
export function applyJournalEntry(byId: Map<string, StoredDocument>, entry: JournalEntry): void {
  for (const id of entry.delete) byId.delete(id)
  for (const doc of entry.put) byId.set(doc._id, doc)
}
