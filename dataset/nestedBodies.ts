import {NESTED_BODIES} from './blockRegistry.ts'

/**
 * The bodies nested in a block, as {@link NESTED_BODIES} places them, in document order; none for
 * a block type that holds none. Missing fields count as empty.
 */
export function nestedBodies<T = unknown>(block: {_type: string}): T[][] {
  const bodies: T[][] = []
  const collect = (value: unknown, path: readonly string[]): void => {
    const field = (value as Record<string, unknown> | null)?.[path[0]!]
    if (!Array.isArray(field)) return
    if (path.length === 1) bodies.push(field as T[])
    else for (const member of field) collect(member, path.slice(1))
  }
  for (const path of NESTED_BODIES[block._type] ?? []) collect(block, path)
  return bodies
}
