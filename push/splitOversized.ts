import type {Mutation} from '@sanity/client'
import type {DocumentWrite} from './DocumentWrite.ts'
import {PARTIAL_PREFIX} from './planPush.ts'

/** Room left in each transaction for the patch around the items and the JSON envelope. */
const OVERHEAD = 1024

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value))

/**
 * Turns a content write too large for one transaction into a chain: the document with its
 * top-level arrays cut short, then patches that append the rest, each conditional on the revision
 * the previous step made. Until the last step the document's hash reads `partial:<hash>`, so a run
 * cut short in between leaves a document the next run recognises as its own and rewrites whole.
 * Returns undefined when a single array item or the document without its arrays is too large.
 */
export function splitOversized(write: DocumentWrite, maxBytes: number): DocumentWrite | undefined {
  const full = write.expected as Record<string, unknown> & {provenance: Record<string, unknown>}
  const budget = maxBytes - OVERHEAD
  const hash = full.provenance.importHash as string
  const base: Record<string, unknown> = {...full, provenance: {...full.provenance, importHash: PARTIAL_PREFIX + hash}}
  const arrays = Object.keys(full).filter((key) => Array.isArray(full[key]))
  for (const key of arrays) base[key] = []
  if (bytes(base) > budget) return undefined

  // Fill the base first, then the append patches, item by item in document order.
  const steps: {field: string; items: unknown[]}[] = []
  let size = bytes(base)
  let filling = true
  for (const field of arrays) {
    for (const item of full[field] as unknown[]) {
      const itemBytes = bytes(item) + 1
      if (itemBytes > budget) return undefined
      if (filling && size + itemBytes <= budget) {
        ;(base[field] as unknown[]).push(item)
        size += itemBytes
        continue
      }
      filling = false
      const last = steps.at(-1)
      if (last && last.field === field && bytes(last.items) + itemBytes <= budget) last.items.push(item)
      else steps.push({field, items: [item]})
    }
  }

  const first: DocumentWrite = {
    ...write,
    mutations: write.mutations.map((mutation) => ('create' in mutation ? {create: base} : 'createOrReplace' in mutation ? {createOrReplace: base} : mutation)) as Mutation[],
    expected: base,
  }
  return chain(first, steps, base, hash)
}

function chain(write: DocumentWrite, steps: {field: string; items: unknown[]}[], before: Record<string, unknown>, hash: string): DocumentWrite {
  if (steps.length === 0) return write
  const [step, ...rest] = steps as [{field: string; items: unknown[]}, ...{field: string; items: unknown[]}[]]
  const after: Record<string, unknown> = {...before, [step.field]: [...(before[step.field] as unknown[]), ...step.items]}
  const done = rest.length === 0
  if (done) after.provenance = {...(before.provenance as object), importHash: hash}
  return {
    ...write,
    next: (rev) => {
      const empty = (before[step.field] as unknown[]).length === 0
      const patch = {
        id: write.id,
        ifRevisionID: rev,
        ...(empty ? {set: {[step.field]: step.items, ...(done ? {'provenance.importHash': hash} : {})}} : {insert: {after: `${step.field}[-1]`, items: step.items}}),
        ...(!empty && done ? {set: {'provenance.importHash': hash}} : {}),
      }
      return chain({id: write.id, kind: 'content', mutations: [{patch}] as Mutation[], expected: after, baseRev: rev}, rest, after, hash)
    },
  }
}
