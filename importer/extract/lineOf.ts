/** The 1-based line where `needle` first occurs in `source`, if it does. */
export function lineOf(source: string, needle: string): number | undefined {
  const at = needle ? source.indexOf(needle) : -1
  if (at === -1) return undefined
  let line = 1
  for (let i = source.indexOf('\n'); i !== -1 && i < at; i = source.indexOf('\n', i + 1)) line++
  return line
}
