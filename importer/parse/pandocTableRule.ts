import type {StateBlock} from 'markdown-it'
import {failedScans, knownToFail} from './failedScans.ts'
import {isDashLine, isGridBorder, splitPandocTable} from './splitPandocTable.ts'

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line], state.eMarks[line])
}

function isBlank(state: StateBlock, line: number): boolean {
  return state.bMarks[line] + state.tShift[line] >= state.eMarks[line]
}

/**
 * Last line (exclusive) of a grid table: every line starts with `+` or `|`, the last is a border.
 * The run of such lines ends at the same line from every start inside it, so once a run failed
 * (no border at its end) no start line inside it is scanned again.
 */
function gridEnd(state: StateBlock, start: number, end: number): number {
  if (knownToFail(state, 'grid', start)) return -1
  let line = start + 1
  while (line < end && !isBlank(state, line)) {
    const code = state.src.charCodeAt(state.bMarks[line] + state.tShift[line])
    if (code !== 0x2b && code !== 0x7c) break
    line++
  }
  if (isGridBorder(lineText(state, line - 1))) return line
  failedScans(state).set('grid', {from: start, until: line})
  return -1
}

/**
 * Last line (exclusive) of a table that opens with a dash line: the closing dash line is the
 * first one followed by a blank line or the end; two blank lines in a row mean it was no table.
 * A failed scan is remembered (the lines it passed decide nothing), so dash lines inside it are
 * not scanned again: without that, `----\nx\n\n` repeated took time quadratic in its length.
 */
function dashFirstEnd(state: StateBlock, start: number, end: number): number {
  if (start + 1 >= end || isBlank(state, start + 1) || knownToFail(state, 'dash-first', start)) return -1
  const fail = (line: number) => {
    failedScans(state).set('dash-first', {from: start, until: line})
    return -1
  }
  for (let line = start + 1; line < end; line++) {
    if (isBlank(state, line)) {
      if (line + 1 >= end || isBlank(state, line + 1)) return fail(line)
      continue
    }
    if (state.sCount[line] < state.blkIndent) return fail(line)
    if (isDashLine(lineText(state, line)) && (line + 1 >= end || isBlank(state, line + 1))) return line + 1
  }
  return fail(end)
}

/** Last line (exclusive) of a simple table with its header above the dash line. */
function headerFirstEnd(state: StateBlock, start: number, end: number): number {
  let line = start + 2
  while (line < end && !isBlank(state, line)) {
    if (isDashLine(lineText(state, line))) return line + 1
    line++
  }
  return line
}

/**
 * Block rule for pandoc's simple, multiline and grid tables, which CommonMark would read as
 * paragraphs, rules and setext headings. Emits one `pandoc_table` token whose `meta` is the
 * {@link PandocTable}; must run before `hr` and `lheading`.
 */
export function pandocTableRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false
  const first = lineText(state, startLine)
  const firstCode = state.src.charCodeAt(state.bMarks[startLine] + state.tShift[startLine])
  let end = -1
  if (firstCode === 0x2b && isGridBorder(first)) {
    end = gridEnd(state, startLine, endLine)
  } else if (firstCode === 0x2d && isDashLine(first)) {
    end = dashFirstEnd(state, startLine, endLine)
  } else if (startLine + 1 < endLine && state.sCount[startLine + 1] - state.blkIndent < 4) {
    const next = lineText(state, startLine + 1)
    // A header line over a dash line is also a setext heading; pandoc writes ATX headings, so
    // only an indented header or several column groups make it a table.
    if (isDashLine(next) && (next.trim().includes(' ') || state.sCount[startLine] > state.blkIndent)) {
      end = headerFirstEnd(state, startLine, endLine)
    }
  }
  if (end < 0) return false
  if (silent) return true

  const raw: string[] = []
  let indent = Infinity
  for (let line = startLine; line < end; line++) {
    const text = lineText(state, line)
    raw.push(text)
    if (!isBlank(state, line)) indent = Math.min(indent, state.tShift[line])
  }
  const token = state.push('pandoc_table', 'table', 0)
  token.block = true
  token.map = [startLine, end]
  token.meta = splitPandocTable(raw.map((text) => text.slice(Math.min(indent, text.length - text.trimStart().length))))
  state.line = end
  return true
}
