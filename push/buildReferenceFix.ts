import type {DocumentWrite} from './DocumentWrite.ts'
import {findReferences} from '../dataset/findReferences.ts'

/**
 * The patch that gives a document's references the strength the importer wants: `_weak` unset
 * where the importer wrote a strong reference and its target now exists, set where it wrote a
 * weak one. References whose target still does not exist stay weak and are returned as dangling.
 * Undefined when nothing needs changing.
 */
export function buildReferenceFix(
  current: Record<string, unknown>,
  rev: string,
  desired: Record<string, unknown>,
  existing: ReadonlySet<string>,
): {write?: DocumentWrite; dangling: string[]} {
  const currentWeak = new Map(findReferences(current).map(({path, ref}) => [path, ref._weak === true]))
  const unset: string[] = []
  const set: Record<string, true> = {}
  const dangling: string[] = []
  const expected = structuredClone(current)
  const expectedRefs = new Map(findReferences(expected).map(({path, ref}) => [path, ref]))
  for (const {path, ref} of findReferences(desired)) {
    const isWeak = currentWeak.get(path)
    if (isWeak === undefined) continue
    const wantWeak = ref._weak === true
    if (isWeak && !wantWeak) {
      if (!existing.has(ref._ref)) {
        dangling.push(ref._ref)
        continue
      }
      unset.push(`${path}._weak`)
      delete expectedRefs.get(path)!._weak
    } else if (!isWeak && wantWeak) {
      set[`${path}._weak`] = true
      expectedRefs.get(path)!._weak = true
    }
  }
  if (unset.length === 0 && Object.keys(set).length === 0) return {dangling}
  const id = current._id as string
  const patch = {id, ifRevisionID: rev, ...(unset.length ? {unset} : {}), ...(Object.keys(set).length ? {set} : {})}
  return {write: {id, kind: 'references', mutations: [{patch}], expected, baseRev: rev}, dangling}
}
