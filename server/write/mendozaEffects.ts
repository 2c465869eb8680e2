import type {RevisedDocument} from './applyTransaction.ts'

/** A mendoza patch (github.com/sanity-io/mendoza): opcodes and operands in one flat array. */
export type MendozaPatch = unknown[]

/** What the listener and the history API call a document's effects: patches forwards and back. */
export interface MendozaEffects {
  apply: MendozaPatch
  revert: MendozaPatch
}

// Opcodes of the mendoza format used here.
const VALUE = 0
const OBJECT_SET_FIELD_VALUE = 17
const OBJECT_DELETE_FIELD = 19

/**
 * The effects of one document change in mendoza format, as the Studio applies them to the
 * document without its `_rev`. Field-level: each top-level field that changed is set whole,
 * each that disappeared is deleted; a document that appears or disappears is one value. Coarser
 * than the hosted API's diffs but exact, and it still tells the history which fields changed.
 */
export function mendozaEffects(before: RevisedDocument | undefined, after: RevisedDocument | undefined): MendozaEffects {
  return {apply: patchBetween(before, after), revert: patchBetween(after, before)}
}

function patchBetween(from: RevisedDocument | undefined, to: RevisedDocument | undefined): MendozaPatch {
  if (!from || !to) return [VALUE, to ? withoutRev(to) : null]
  const source = withoutRev(from)
  const target = withoutRev(to)
  const patch: MendozaPatch = []
  // Deletions name a field by its index among the source's keys, sorted as the patcher sorts them.
  Object.keys(source)
    .sort()
    .forEach((key, index) => {
      if (!Object.hasOwn(target, key)) patch.push(OBJECT_DELETE_FIELD, index)
    })
  for (const [key, value] of Object.entries(target)) {
    if (!Object.hasOwn(source, key) || JSON.stringify(source[key]) !== JSON.stringify(value)) patch.push(OBJECT_SET_FIELD_VALUE, value, key)
  }
  return patch
}

function withoutRev(doc: RevisedDocument): Record<string, unknown> {
  const {_rev, ...rest} = doc
  return rest
}
