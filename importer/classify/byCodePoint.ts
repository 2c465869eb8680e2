/** Compares strings by code point: the same order on every machine, unlike `localeCompare`. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
