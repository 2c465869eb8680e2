import {displayColumns} from './displayColumn.ts'

/** One cell of a pandoc table, still as markdown source. */
export interface PandocCell {
  /** The cell's markdown, dedented, lines joined with `\n`. */
  text: string
  /** How many grid columns the cell covers (grid tables only; 1 otherwise). */
  colSpan: number
}

/** A pandoc table split into rows and cells. */
export interface PandocTable {
  kind: 'simple' | 'grid'
  headerRows: number
  rows: {cells: PandocCell[]; /** 0-based line within the table's lines */ line: number}[]
}

const DASH_LINE = /^ *-{3,}(?: +-{3,})* *$/
const GRID_BORDER = /^ *\+(?:[-=:]+\+)+ *$/

/** Whether `line` is a row of dashes (one group or several), as pandoc frames simple tables. */
export function isDashLine(line: string): boolean {
  return DASH_LINE.test(line)
}

/** Whether `line` is a grid-table border such as `+----+:---:+` or `+====+`. */
export function isGridBorder(line: string): boolean {
  return GRID_BORDER.test(line)
}

/** Start and end columns of each run of `-` in a dash line. */
function dashGroups(line: string): {starts: number[]; ends: number[]} {
  const starts: number[] = []
  const ends: number[] = []
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) === 0x2d && (i === 0 || line.charCodeAt(i - 1) !== 0x2d)) starts.push(i)
    if (line.charCodeAt(i) === 0x2d && (i + 1 === line.length || line.charCodeAt(i + 1) !== 0x2d)) ends.push(i + 1)
  }
  return {starts, ends}
}

const isSpace = (code: number) => code === 0x20 || code === 0x09 || Number.isNaN(code)

const FIELD_GAP = / {2,}/

/**
 * Cuts a row line into cells. Pandoc aligned rows with the dash line, but the wiki migration
 * later rewrote links inside rows, so many rows no longer line up. A cut that lands inside text
 * is therefore distrusted: if the row splits at runs of two or more spaces into exactly one
 * field per column, those fields are the cells; otherwise each cut moves right to the next
 * space, so that at least every word stays whole.
 */
function cutLine(line: string, starts: number[]): string[] {
  const indexOf = displayColumns(line)
  const cuts = starts.map((column, i) => (i === 0 ? 0 : indexOf(column)))
  let clean = true
  for (let i = 1; i < cuts.length; i++) {
    if (cuts[i] < line.length && !isSpace(line.charCodeAt(cuts[i] - 1))) clean = false
  }
  if (!clean) {
    const fields = line.trim().split(FIELD_GAP)
    if (fields.length === starts.length) return fields
    for (let i = 1; i < cuts.length; i++) {
      let cut = Math.max(cuts[i], cuts[i - 1])
      while (cut < line.length && !isSpace(line.charCodeAt(cut - 1)) && !isSpace(line.charCodeAt(cut))) cut++
      cuts[i] = cut
    }
  }
  return cuts.map((cut, i) => line.slice(cut, i + 1 < cuts.length ? cuts[i + 1] : line.length))
}

/** Joins the per-line pieces of one cell, dropping the common indentation. */
function joinCellLines(pieces: string[]): string {
  let indent = Infinity
  for (const piece of pieces) {
    const trimmed = piece.trimStart()
    if (trimmed.length > 0) indent = Math.min(indent, piece.length - trimmed.length)
  }
  if (indent === Infinity) return ''
  return pieces
    .map((piece) => piece.slice(indent).trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
}

/**
 * Simple and multiline tables: columns come from the dash line under the header (or the one that
 * opens a headerless table); rows are single lines, or blocks separated by blank lines.
 */
function splitSimple(lines: string[]): PandocTable {
  const dashIndexes: number[] = []
  lines.forEach((line, i) => isDashLine(line) && dashIndexes.push(i))
  let headerEnd = 0
  let columnsLine = dashIndexes[0]
  let bodyStart = dashIndexes[0] + 1
  if (dashIndexes[0] > 0) {
    // Header above the first dash line.
    headerEnd = dashIndexes[0]
  } else if (dashIndexes.length > 2 || (dashIndexes.length === 2 && dashIndexes[1] < lines.length - 1)) {
    // Multiline table with header: full-width rule, header lines, column rule, rows, rule.
    headerEnd = dashIndexes[1]
    columnsLine = dashIndexes[1]
    bodyStart = dashIndexes[1] + 1
  }
  const headerStart = dashIndexes[0] > 0 ? 0 : 1
  const lastDash = dashIndexes[dashIndexes.length - 1]
  const bodyEnd = lastDash > columnsLine ? lastDash : lines.length
  const {starts} = dashGroups(lines[columnsLine])

  const rows: PandocTable['rows'] = []
  const pushRow = (from: number, to: number) => {
    if (to <= from) return
    const pieces: string[][] = starts.map(() => [])
    for (let i = from; i < to; i++) cutLine(lines[i], starts).forEach((piece, c) => pieces[c].push(piece))
    rows.push({line: from, cells: pieces.map((cell) => ({text: joinCellLines(cell), colSpan: 1}))})
  }
  let headerRows = 0
  if (headerEnd > headerStart) {
    pushRow(headerStart, headerEnd)
    headerRows = 1
  }
  let multiline = false
  for (let i = bodyStart; i < bodyEnd; i++) if (lines[i].trim() === '') multiline = true
  if (multiline || headerEnd > headerStart + 1) {
    let from = bodyStart
    for (let i = bodyStart; i <= bodyEnd; i++) {
      if (i === bodyEnd || lines[i].trim() === '') {
        pushRow(from, i)
        from = i + 1
      }
    }
  } else {
    for (let i = bodyStart; i < bodyEnd; i++) pushRow(i, i + 1)
  }
  return {kind: 'simple', headerRows, rows}
}

/** Whether a line, measured by `displayColumns`, has a `|` at display column `column`. */
const hasPipeAt = (line: string, indexOf: (column: number) => number, column: number) => line.charCodeAt(indexOf(column)) === 0x7c

/**
 * Cells of a grid row whose lines keep the border's column positions: a `|` at a boundary in
 * every line separates cells, a missing one means a spanning cell. Undefined when the row's
 * outer `|`s are not where the border says (the migration shortened links inside rows).
 */
function alignedCells(rowLines: string[], boundaries: number[]): PandocCell[] | undefined {
  const last = boundaries[boundaries.length - 1]!
  const measured = rowLines.map((line) => ({line, indexOf: displayColumns(line)}))
  if (!measured.every(({line, indexOf}) => hasPipeAt(line, indexOf, boundaries[0]!) && hasPipeAt(line, indexOf, last))) return undefined
  // Indexes into `boundaries`, so that a cell's span is a difference, not a search.
  const active: number[] = []
  boundaries.forEach((column, b) => {
    if (b === 0 || column === last || measured.every(({line, indexOf}) => hasPipeAt(line, indexOf, column))) active.push(b)
  })
  const cells: PandocCell[] = []
  for (let c = 0; c + 1 < active.length; c++) {
    const [from, to] = [boundaries[active[c]!]!, boundaries[active[c + 1]!]!]
    const pieces = measured.map(({line, indexOf}) => line.slice(indexOf(from) + 1, indexOf(to)))
    cells.push({text: joinCellLines(pieces), colSpan: active[c + 1]! - active[c]!})
  }
  return cells
}

const UNESCAPED_PIPE = /(?<!\\)\|/

/**
 * Cells of a misaligned grid row, split at unescaped `|`. Lines with fewer pieces than the
 * widest one contribute to the first cells only; a row with one piece spans every column.
 */
function pipeSplitCells(rowLines: string[], columns: number): PandocCell[] {
  const split = rowLines.map((line) => line.trim().split(UNESCAPED_PIPE).slice(1, -1))
  // A loop, not Math.max(...): a row of a few hundred thousand lines overflowed the stack.
  const width = split.reduce((widest, pieces) => Math.max(widest, pieces.length), -Infinity)
  const cells: PandocCell[] = []
  for (let c = 0; c < width; c++) {
    const text = joinCellLines(split.map((pieces) => pieces[c] ?? ''))
    cells.push({text, colSpan: width === 1 ? columns : 1})
  }
  return cells
}

/** Grid tables: rows are the lines between borders; the borders' `+` positions are the columns. */
function splitGrid(lines: string[]): PandocTable {
  // Union over every border: a spanning cell hides a `+` in some borders but not in all.
  const seen = new Set<number>()
  for (const line of lines) {
    if (!isGridBorder(line)) continue
    for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 0x2b) seen.add(i)
  }
  const boundaries = [...seen].sort((a, b) => a - b)
  const rows: PandocTable['rows'] = []
  let headerRows = 0
  let rowStart = -1
  const flush = (end: number) => {
    if (rowStart < 0 || end <= rowStart) return
    const rowLines = lines.slice(rowStart, end)
    rows.push({line: rowStart, cells: alignedCells(rowLines, boundaries) ?? pipeSplitCells(rowLines, boundaries.length - 1)})
  }
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trimStart().startsWith('+')) {
      flush(i)
      rowStart = -1
      if (lines[i].includes('=')) headerRows = rows.length
    } else if (rowStart < 0) {
      rowStart = i
    }
  }
  flush(lines.length)
  return {kind: 'grid', headerRows, rows}
}

/**
 * Splits the lines of a pandoc simple, multiline or grid table (as the block rule collected
 * them, indentation removed) into rows of markdown cells.
 */
export function splitPandocTable(lines: string[]): PandocTable {
  return isGridBorder(lines[0]) ? splitGrid(lines) : splitSimple(lines)
}
