/** `items.map(fn)`, or `items` itself when `fn` returned every item unchanged (no copy of an unchanged tree). */
export function sameOrMapped<T>(items: readonly T[], fn: (item: T) => T): T[] {
  let out: T[] | undefined
  for (let i = 0; i < items.length; i++) {
    const next = fn(items[i]!)
    if (out) out.push(next)
    else if (next !== items[i]) {
      out = items.slice(0, i)
      out.push(next)
    }
  }
  return out ?? (items as T[])
}
