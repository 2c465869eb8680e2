/** A MyST directive fence split into its parts. */
export interface Directive {
  /** `admonition`, `note`, `toctree`, ... as written between the braces. */
  name: string
  /** Text after the braces on the fence line, trimmed. */
  argument: string
  /** `:key: value` option lines at the top of the body (`:hidden:` has value ''). */
  options: Record<string, string>
  /** The body below the options, still markdown. */
  body: string
  /** How many content lines (options and the blank line after them) precede `body`. */
  bodyOffset: number
}

const INFO = /^\{([^}]*)\}\s*(.*)$/
const OPTION = /^:([\w-]+):\s*(.*)$/

/**
 * Splits a fence's info string (`{admonition} Legacy Wiki Page`) and content into a
 * {@link Directive}; returns undefined when the info string is not a directive.
 */
export function parseDirective(info: string, content: string): Directive | undefined {
  const match = INFO.exec(info.trim())
  if (!match) return undefined
  const lines = content.split('\n')
  const options: Record<string, string> = {}
  let offset = 0
  while (offset < lines.length) {
    const option = OPTION.exec(lines[offset].trim())
    if (!option) break
    options[option[1]] = option[2].trim()
    offset++
  }
  if (offset > 0 && offset < lines.length && lines[offset].trim() === '') offset++
  return {name: match[1].trim(), argument: match[2].trim(), options, body: lines.slice(offset).join('\n'), bodyOffset: offset}
}
