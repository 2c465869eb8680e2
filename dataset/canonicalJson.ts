/**
 * JSON with object keys sorted at every depth, so that equal documents give equal text whatever
 * order their fields were written in (the Content Lake does not keep key order).
 * `skip(key, depth)` drops keys; depth 0 is the document itself.
 */
export function canonicalJson(value: unknown, skip: (key: string, depth: number) => boolean = () => false): string {
  return JSON.stringify(sortKeys(value, skip, 0))
}

function sortKeys(value: unknown, skip: (key: string, depth: number) => boolean, depth: number): unknown {
  if (Array.isArray(value)) return value.map((item) => sortKeys(item, skip, depth + 1))
  if (value === null || typeof value !== 'object') return value
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key]
    if (item !== undefined && !skip(key, depth)) sorted[key] = sortKeys(item, skip, depth + 1)
  }
  return sorted
}
