import {findReferences} from '../../dataset/findReferences.ts'
import type {DocumentLike, ValidationMarker} from './types.ts'

/** The flag on markers of this check, so that a report can tell them from the schema's own. */
export const DANGLING_REFERENCE_RULE = 'referenceInBatch'

/**
 * References (`{_ref}` anywhere in the document: fields, array items, annotations, weak or not)
 * whose target is not among `knownIds`, the ids of the documents being written. Not part of the
 * schema's rules: Sanity's `reference` rule skips weak references and asks the dataset, while the
 * importer must never write a reference its own batch does not satisfy. Asset references (under
 * an `asset` key) point at uploaded files, not documents, and are left alone.
 */
export function findDanglingReferences(document: DocumentLike, knownIds: ReadonlySet<string>): ValidationMarker[] {
  return findReferences(document)
    .filter(({segments, ref}) => segments.at(-1) !== 'asset' && !knownIds.has(ref._ref))
    .map(({segments, ref}) => ({level: 'error', path: segments, message: `Reference to "${ref._ref}" points at no document of this import`, rule: DANGLING_REFERENCE_RULE}))
}
