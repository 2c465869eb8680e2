import {formatPath} from './formatPath.ts'
import type {PathSegment} from './types.ts'
import {visitJson} from './visitJson.ts'

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
 * fields; weak or not), depth first. The `ref` objects are the document's own: changing one
 * changes the document.
 */
export function findReferences(document: unknown): FoundReference[] {
  const found: FoundReference[] = []
  visitJson(document, (value, path) => {
    if (value !== null && typeof value === 'object' && typeof (value as {_ref?: unknown})._ref === 'string') {
      found.push({path: formatPath(path), segments: [...path], ref: value as FoundReference['ref']})
    }
  })
  return found
}
