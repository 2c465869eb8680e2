import type {DocumentWrite} from './DocumentWrite.ts'
import {revisionLock} from './revisionLock.ts'
import type {MissingEntry} from './types.ts'

/**
 * The write that deletes a document the source no longer has: the revision lock on the revision
 * the plan read, then `delete`, in one transaction — so a document an editor changed during the
 * run is not deleted (the transaction fails with 409 and the push reports it).
 */
export function buildDeleteWrite(entry: MissingEntry): DocumentWrite {
  return {id: entry.id, kind: 'delete', mutations: [revisionLock(entry.id, entry.baseRev), {delete: {id: entry.id}}], expected: null, baseRev: entry.baseRev}
}
