/**
 * JSON with object keys sorted at every depth, so that equal documents give equal text whatever
 * order their fields were written in (the Content Lake does not keep key order). `skipKey` drops
 * fields at any depth. JSON.stringify does the walk: its replacer hands each object over as a
 * sorted copy, which it then serializes (and replaces the members of) in turn.
 */
export function canonicalJson(value: unknown, skipKey: (key: string) => boolean = () => false): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(item).sort()) if (!skipKey(key)) sorted[key] = (item as Record<string, unknown>)[key]
    return sorted
  })
}
