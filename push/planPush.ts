import {importHash, storedImportHash} from '../dataset/importHash.ts'
import type {ImportedDocument} from '../importer/index.ts'
import type {EditedReason, PlanEntry} from './types.ts'

/** What the dataset holds for the documents being pushed. */
export interface DatasetState {
  /** Published documents by id. */
  documents: ReadonlyMap<string, Record<string, unknown>>
  /** Ids (published form) that have a draft. */
  drafts: ReadonlySet<string>
}

/** Marks a document whose write was cut short part way (see splitOversized.ts): ours, incomplete. */
export const PARTIAL_PREFIX = 'partial:'

/**
 * Decides, for each document, what the push does: `create` when the dataset lacks it; `unchanged`
 * when the dataset holds what the importer would write; `edited` when an editor touched it (it
 * has a draft, its content no longer matches its stored hash, or it never came from the
 * importer); `update` otherwise. `overwriteEdited` turns `edited` into `update`. Pure: the
 * documents must carry their `provenance.importHash` already.
 */
export function planPush(documents: readonly ImportedDocument[], state: DatasetState, overwriteEdited: boolean): PlanEntry[] {
  return documents.map((desired) => {
    const current = state.documents.get(desired._id)
    const wanted = desired.provenance.importHash!
    if (!current) {
      if (state.drafts.has(desired._id) && !overwriteEdited) return {id: desired._id, action: 'edited', reason: 'draft', desired}
      return {id: desired._id, action: 'create', desired}
    }
    const baseRev = current._rev as string
    const stored = storedImportHash(current)
    const edited = editedReason(current, stored, state.drafts.has(desired._id))
    if (!edited && stored === wanted) return {id: desired._id, action: 'unchanged', desired, current, baseRev}
    if (edited && !overwriteEdited) return {id: desired._id, action: 'edited', reason: edited, desired, current, baseRev}
    return {id: desired._id, action: 'update', desired, current, baseRev, ...(edited ? {reason: edited} : {})}
  })
}

/** Why a document counts as edited by an editor, or undefined when it still holds what the importer wrote. */
export function editedReason(current: Record<string, unknown>, stored: string | undefined, hasDraft: boolean): EditedReason | undefined {
  if (hasDraft) return 'draft'
  if (!stored) return 'not-from-importer'
  if (stored.startsWith(PARTIAL_PREFIX)) return undefined
  return importHash(current) === stored ? undefined : 'changed-since-import'
}
