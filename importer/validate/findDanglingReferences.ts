import type {DocumentLike, PathSegment, ValidationMarker} from './types.ts'

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
  const markers: ValidationMarker[] = []
  const visit = (value: unknown, path: PathSegment[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const key = typeof item?._key === 'string' ? {_key: item._key as string} : index
        visit(item, [...path, key])
      })
      return
    }
    if (typeof value !== 'object' || value === null) return
    const ref = (value as {_ref?: unknown})._ref
    if (typeof ref === 'string' && path.at(-1) !== 'asset' && !knownIds.has(ref)) {
      markers.push({level: 'error', path, message: `Reference to "${ref}" points at no document of this import`, rule: DANGLING_REFERENCE_RULE})
    }
    for (const [name, child] of Object.entries(value)) if (!name.startsWith('_')) visit(child, [...path, name])
  }
  visit(document, [])
  return markers
}
