/** A link destination as markdown-it reads it back unchanged: `<...>` when it holds spaces or unbalanced parentheses. */
export function destination(href: string): string {
  const escaped = href.replace(/[\\&]/g, '\\$&')
  let depth = 0
  let balanced = true
  for (const char of href) {
    if (char === '(') depth++
    else if (char === ')' && --depth < 0) balanced = false
  }
  if (href === '' || /[\s<>]/.test(href) || !balanced || depth !== 0) return `<${escaped.replace(/[<>]/g, '\\$&')}>`
  return escaped
}
