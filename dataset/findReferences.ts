/** A reference inside a document, with its place in Sanity's path syntax. */
export interface FoundReference {
  /** e.g. `body[_key=="b1"].markDefs[_key=="m1"].reference` */
  path: string
  ref: {_ref: string; _weak?: boolean; [key: string]: unknown}
}

/**
 * Every object with a `_ref` in a document, depth first. Array members with a `_key` are
 * addressed by key (stable under reordering), the others by index — the two forms patches accept.
 */
export function findReferences(document: unknown): FoundReference[] {
  const found: FoundReference[] = []
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const key = item && typeof item === 'object' ? (item as {_key?: unknown})._key : undefined
        visit(item, `${path}[${typeof key === 'string' ? `_key==${JSON.stringify(key)}` : index}]`)
      })
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>
      if (typeof record._ref === 'string') found.push({path, ref: record as FoundReference['ref']})
      for (const [key, item] of Object.entries(record)) {
        if (item && typeof item === 'object') visit(item, path ? `${path}.${key}` : key)
      }
    }
  }
  visit(document, '')
  return found
}
