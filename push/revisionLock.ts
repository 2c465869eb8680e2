import type {Mutation} from '@sanity/client'

/** A field no document has: unsetting it changes nothing, so the patch only checks the revision. */
const REVISION_LOCK = '_revision_lock_pseudo_field_'

/**
 * The Studio's own revision-lock idiom: a patch with `ifRevisionID` that changes nothing. Put
 * first in a transaction, it fails the whole transaction if anyone changed the document since the
 * push read revision `rev` — the only way to make a `createOrReplace` or a `delete` conditional.
 */
export function revisionLock(id: string, rev: string): Mutation {
  return {patch: {id, ifRevisionID: rev, unset: [REVISION_LOCK]}}
}
