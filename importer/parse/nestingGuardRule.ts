import type {StateBlock} from 'markdown-it'

/**
 * Token depth at which nested lists and quotes stop being parsed as structure. markdown-it
 * silently discards everything below `maxNesting` (100); stopping earlier keeps the text.
 */
export const MAX_BLOCK_NESTING = 60

/**
 * First block rule: once nesting reaches {@link MAX_BLOCK_NESTING}, the rest of the enclosing
 * container becomes one `nesting_overflow` token holding its raw lines, so a pathological
 * 1,000-deep list neither blows the stack nor loses its text. The converter warns about it.
 */
export function nestingGuardRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.level < MAX_BLOCK_NESTING) return false
  if (silent) return true
  const lines: string[] = []
  let line = startLine
  for (; line < endLine; line++) {
    const begin = state.bMarks[line] + state.tShift[line]
    const blank = begin >= state.eMarks[line]
    if (!blank && state.sCount[line] < state.blkIndent) break
    lines.push(state.src.slice(begin, state.eMarks[line]))
  }
  const token = state.push('nesting_overflow', '', 0)
  token.block = true
  token.map = [startLine, line]
  token.content = lines.join('\n').trim()
  state.line = line
  return true
}
