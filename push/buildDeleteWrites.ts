import {buildDeleteWrite} from './buildDeleteWrite.ts'
import type {CommitResult} from './commitWrites.ts'
import type {DocumentWrite} from './DocumentWrite.ts'
import {findReferences} from '../dataset/findReferences.ts'
import type {MissingEntry, PlanEntry, PushFailure} from './types.ts'

/**
 * The deletes of the documents the source no longer has, once the run's documents no longer
 * reference them. A document whose write failed still holds its old references, so what it
 * references stays (`not-deleted`).
 */
export function buildDeleteWrites(gone: readonly MissingEntry[], plan: readonly PlanEntry[], written: CommitResult['written'], failures: PushFailure[]): DocumentWrite[] {
  const stillReferenced = new Map<string, string[]>()
  for (const entry of plan) {
    if ((entry.action !== 'create' && entry.action !== 'update') || written.has(entry.id) || !entry.current) continue
    for (const {ref} of findReferences(entry.current)) stillReferenced.set(ref._ref, [...(stillReferenced.get(ref._ref) ?? []), entry.id])
  }
  const deletes: DocumentWrite[] = []
  for (const entry of gone) {
    if (entry.action !== 'delete') continue
    const by = stillReferenced.get(entry.id)
    if (by) failures.push({ids: [entry.id], code: 'not-deleted', message: `not deleted: still referenced by ${by.join(', ')}, whose write failed`})
    else deletes.push(buildDeleteWrite(entry))
  }
  return deletes
}
