import {findReferences} from '../dataset/findReferences.ts'

/**
 * A copy of a document in which every strong reference to a document not known to exist is weak,
 * so that no transaction fails because its target is written later (or in a transaction still in
 * flight). `buildReferenceFix` makes them strong again once the targets are there.
 */
export function weakenReferences<T extends object>(document: T, existing: ReadonlySet<string>): T {
  const copy = structuredClone(document)
  for (const {ref} of findReferences(copy)) {
    if (ref._weak !== true && !existing.has(ref._ref)) ref._weak = true
  }
  return copy
}
