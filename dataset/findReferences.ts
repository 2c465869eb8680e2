import {formatPath} from './formatPath.ts'
import type {PathSegment} from './types.ts'

/** A reference inside a document, with its place in it. */
export interface FoundReference {
  /** In Sanity's path syntax, e.g. `body[_key=="b1"].markDefs[_key=="m1"].reference` */
  path: string
  /** The same place, segment by segment. */
  segments: PathSegment[]
  ref: {_ref: string; _weak?: boolean; [key: string]: unknown}
}

/**
 * Every object with a string `_ref` in a document (fields, array members, annotations, asset
 * fields; weak or not), depth first, at the paths visitJson gives (array members by `_key` where
 * they have one). The `ref` objects are the document's own: changing one changes the document.
 * Its own walk rather than visitJson's: it runs on every document the importer validates, and
 * visits only objects, with the path made only for a reference found.
 */
export function findReferences(document: unknown): FoundReference[] {
  const found: FoundReference[] = []
  // The objects above the one being visited, and the field name or index under each.
  const parents: object[] = []
  const steps: (string | number)[] = []
  const visit = (value: object): void => {
    if (typeof (value as {_ref?: unknown})._ref === 'string') found.push(reference(value as FoundReference['ref'], parents, steps))
    parents.push(value)
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) down(value[index], index)
    } else {
      for (const key in value) if (Object.hasOwn(value, key)) down((value as Record<string, unknown>)[key], key)
    }
    parents.pop()
  }
  const down = (child: unknown, step: string | number): void => {
    if (child === null || typeof child !== 'object') return
    steps.push(step)
    visit(child)
    steps.pop()
  }
  if (document !== null && typeof document === 'object') visit(document)
  return found
}

function reference(ref: FoundReference['ref'], parents: readonly object[], steps: readonly (string | number)[]): FoundReference {
  const segments = steps.map((step, depth): PathSegment => {
    if (typeof step === 'string') return step
    const key = ((parents[depth] as unknown[])[step] as {_key?: unknown})._key
    return typeof key === 'string' ? {_key: key} : step
  })
  return {path: formatPath(segments), segments, ref}
}
