import type {PathSegment} from './types.ts'

/** What a visitor returns to leave the children of the value it was given unvisited. */
export const SKIP = Symbol('skip')

/**
 * Called with every value of a JSON tree and the path to it. `path` is one array the walk pushes
 * to and pops from: copy it (`[...path]`) to keep it past the call.
 */
export type JsonVisitor = (value: unknown, path: readonly PathSegment[]) => void | typeof SKIP

/**
 * The one walk over documents (references, attachments, text): calls `visitor` on `root`, then,
 * depth first, on every array member and object field below it, primitives included. Array
 * members with a string `_key` are addressed by key (stable under reordering), others by index —
 * the two forms Sanity's patches accept. The visitor may change the object it is given (its
 * fields are read after the call); returning {@link SKIP} leaves that value's children alone.
 */
export function visitJson(root: unknown, visitor: JsonVisitor): void {
  const path: PathSegment[] = []
  const visit = (value: unknown): void => {
    if (visitor(value, path) === SKIP || value === null || typeof value !== 'object') return
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index]
        const key = item !== null && typeof item === 'object' ? (item as {_key?: unknown})._key : undefined
        path.push(typeof key === 'string' ? {_key: key} : index)
        visit(item)
        path.pop()
      }
      return
    }
    const record = value as Record<string, unknown>
    for (const key of Object.keys(record)) {
      path.push(key)
      visit(record[key])
      path.pop()
    }
  }
  visit(root)
}
