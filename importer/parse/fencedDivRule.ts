import type {StateBlock} from 'markdown-it'

const COLON = 0x3a

/**
 * Attributes pandoc writes after a fence: nothing, `{...}` or one class name. Anything else
 * (a sentence that happens to start with `:::`) is text, not a div.
 */
const ATTRIBUTES = /^(?:\{[^}]*\}|[\w-]+)?$/

/** Counts the colons at `pos` and returns the attribute text after them, or null if no fence. */
function readFence(state: StateBlock, line: number): {colons: number; rest: string} | null {
  const start = state.bMarks[line] + state.tShift[line]
  const max = state.eMarks[line]
  let pos = start
  while (pos < max && state.src.charCodeAt(pos) === COLON) pos++
  const colons = pos - start
  if (colons < 3) return null
  return {colons, rest: state.src.slice(pos, max)}
}

/**
 * Block rule for pandoc fenced divs (`::: {}`, `::: note`, `::::`). A line with something after
 * the colons (even a single space, as pandoc writes `::: ` for a div without attributes) opens a
 * div; a line of bare colons closes the innermost one, or opens a plain div where none is open. Nesting is tracked by depth rather than
 * by colon count because pandoc does the same. Emits `fenced_div_open` (info = class) and
 * `fenced_div_close`, with the inner lines tokenized as ordinary blocks; an unclosed div runs to
 * the end of its parent, like an unclosed code fence.
 */
export function fencedDivRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false
  if (state.src.charCodeAt(state.bMarks[startLine] + state.tShift[startLine]) !== COLON) return false
  // A line of bare colons that the tokenizer reaches is no closer (a div's own closer ends its
  // content before the tokenizer gets there): MyST's colon fence opens a plain div with it, and
  // the wiki's readers saw its content as such (MoinMoin's export wrote `:::` pairs).
  const opener = readFence(state, startLine)
  if (!opener) return false
  const attributes = opener.rest.trim()
  if (!ATTRIBUTES.test(attributes)) return false
  if (silent) return true

  let depth = 0
  let closeLine = -1
  for (let line = startLine + 1; line < endLine; line++) {
    if (state.sCount[line] < state.blkIndent && state.bMarks[line] + state.tShift[line] < state.eMarks[line]) break
    if (state.src.charCodeAt(state.bMarks[line] + state.tShift[line]) !== COLON) continue
    if (state.sCount[line] - state.blkIndent >= 4) continue
    const fence = readFence(state, line)
    if (!fence) continue
    if (fence.rest.length > 0) {
      if (ATTRIBUTES.test(fence.rest.trim())) depth++
      continue
    }
    if (depth === 0) {
      closeLine = line
      break
    }
    depth--
  }

  const contentEnd = closeLine === -1 ? endLine : closeLine
  const open = state.push('fenced_div_open', 'div', 1)
  open.info = attributes === '{}' ? '' : attributes.replace(/^\{\.?|\}$/g, '')
  open.markup = ':'.repeat(opener.colons)
  open.map = [startLine, contentEnd]
  open.block = true

  const oldParent = state.parentType
  const oldLineMax = state.lineMax
  // Like markdown-it-container: the inner content may not run past the closing fence.
  state.parentType = 'blockquote' as typeof state.parentType
  state.lineMax = contentEnd
  state.md.block.tokenize(state, startLine + 1, contentEnd)
  state.parentType = oldParent
  state.lineMax = oldLineMax

  const close = state.push('fenced_div_close', 'div', -1)
  close.block = true
  close.map = [contentEnd, closeLine === -1 ? contentEnd : closeLine + 1]
  close.meta = {unclosed: closeLine === -1}
  state.line = closeLine === -1 ? endLine : closeLine + 1
  return true
}
