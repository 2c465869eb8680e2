import type {ImportedDocument} from '../importer/index.ts'
import {findReferences} from '../dataset/findReferences.ts'
import {storedImportHash} from '../dataset/importHash.ts'
import {editedReason} from './planPush.ts'
import type {MissingState} from './readMissing.ts'
import type {MissingEntry} from './types.ts'

const published = (id: string) => id.replace(/^drafts\./, '')

/**
 * Decides, for each document the source no longer has, what `--delete-missing` does: `edited`
 * when an editor changed it (a draft, or content that no longer matches its import hash; deleted
 * anyway with `overwriteEdited`); `referenced` when a document still references it — one of this
 * run's documents (as the run writes it), or any other document in the dataset, drafts included
 * (as it reads now), except the run's own documents whose copy the run replaces; `delete`
 * otherwise. A document kept is itself a referrer: what it references is kept too. Pure.
 */
export function planMissing(
  state: MissingState,
  runDocuments: readonly ImportedDocument[],
  replaced: ReadonlySet<string>,
  overwriteEdited: boolean,
): MissingEntry[] {
  const referrers = new Map<string, Set<string>>()
  const addReferences = (from: string, document: unknown) => {
    for (const {ref} of findReferences(document)) {
      if (!state.documents.has(ref._ref) || ref._ref === from) continue
      referrers.set(ref._ref, (referrers.get(ref._ref) ?? new Set()).add(from))
    }
  }
  for (const document of runDocuments) addReferences(document._id, document)
  for (const document of state.referencing) {
    // A run document the push skips (edited) keeps its dataset copy, and that copy's references.
    if (!replaced.has(document._id as string)) addReferences(document._id as string, document)
  }

  const entries = new Map<string, MissingEntry>()
  for (const [id, current] of [...state.documents].sort(([a], [b]) => a.localeCompare(b))) {
    const sourcePath = (current.provenance as {sourcePath: string}).sourcePath
    const reason = editedReason(current, storedImportHash(current), state.drafts.has(id))
    const action = reason && !overwriteEdited ? 'edited' : 'delete'
    entries.set(id, {id, sourcePath, action, baseRev: current._rev as string, ...(reason ? {reason} : {})})
  }
  // Keeping one document can keep another it references: repeat until nothing changes.
  for (let changed = true; changed; ) {
    changed = false
    for (const entry of entries.values()) {
      if (entry.action !== 'delete') continue
      const blocking = [...(referrers.get(entry.id) ?? [])].filter((from) => entries.get(published(from))?.action !== 'delete' || from !== published(from))
      if (blocking.length === 0) continue
      Object.assign(entry, {action: 'referenced', referencedBy: blocking.sort()})
      changed = true
    }
  }
  return [...entries.values()]
}
