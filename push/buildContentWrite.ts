import type {Mutation} from '@sanity/client'
import type {DocumentWrite} from './DocumentWrite.ts'
import type {PlanEntry} from './types.ts'
import {revisionLock} from './revisionLock.ts'
import {weakenReferences} from './weakenReferences.ts'

/**
 * The write for a planned `create` or `update`. A create is a `create` mutation (it fails if the
 * document appeared meanwhile). An update is a patch with `ifRevisionID` — the revision the plan
 * read — followed by `createOrReplace` in the same transaction: the patch (the Studio's own
 * revision-lock idiom: unset a field that never exists) fails the whole transaction if anyone
 * changed the document since, so an edit made during the run survives.
 */
export function buildContentWrite(entry: PlanEntry, existing: ReadonlySet<string>): DocumentWrite {
  const form = weakenReferences(entry.desired, existing) as unknown as Record<string, unknown> & {_id: string; _type: string}
  const mutations: Mutation[] =
    entry.action === 'create'
      ? [{create: form}]
      : [revisionLock(entry.id, entry.baseRev!), {createOrReplace: form}]
  return {id: entry.id, kind: 'content', mutations, expected: form, baseRev: entry.baseRev}
}
