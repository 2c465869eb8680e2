import {NESTED_BODIES} from './blockRegistry.ts'
import {sameOrMapped} from './sameOrMapped.ts'

/**
 * A block with `map` applied to each body nested in it ({@link NESTED_BODIES}). Whatever `map`
 * leaves as it was (returns its input) is shared with the input, and when nothing changed the
 * block itself comes back — also for a block type that holds no bodies.
 */
export function mapNestedBodies<T extends {_type: string}, B>(block: T, map: (body: B[]) => B[]): T {
  const rebuild = (value: unknown, path: readonly string[]): unknown => {
    const record = value as Record<string, unknown>
    const field = record[path[0]!]
    if (!Array.isArray(field)) return value
    const next = path.length === 1 ? map(field as B[]) : sameOrMapped(field as unknown[], (member) => rebuild(member, path.slice(1)))
    return next === field ? value : {...record, [path[0]!]: next}
  }
  let result: unknown = block
  for (const path of NESTED_BODIES[block._type] ?? []) result = rebuild(result, path)
  return result as T
}
