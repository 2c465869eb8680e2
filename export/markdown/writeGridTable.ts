import {displayWidth} from './displayWidth.ts'
import type {PtNode, WriteContext} from './types.ts'

interface Cell {
  lines: string[]
  span: number
  column: number
}

/** A row with fewer cells than the table has columns. */
const short = (cells: Cell[], columns: number) => cells.reduce((sum, cell) => sum + cell.span, 0) < columns

/**
 * A table as a pandoc grid table, the one table form the importer reads whose cells hold blocks
 * (lists, several paragraphs, code) and span columns; `=` closes the header rows. Columns are as
 * wide as their widest line plus a space each side; a spanning cell widens its last column.
 */
export function writeGridTable(table: PtNode, ctx: WriteContext): string {
  const rows = ((table.rows as PtNode[] | undefined) ?? []).map((row) => {
    let column = 0
    return ((row.cells as PtNode[] | undefined) ?? []).map((cell): Cell => {
      const span = Math.max(1, Number(cell.colSpan ?? 1))
      const text = ctx.writeBlocks((cell.content as PtNode[] | undefined) ?? [])
      const result = {lines: text === '' ? [''] : text.split('\n'), span, column}
      column += span
      return result
    })
  })
  if (rows.length === 0) {
    ctx.problem('empty-table', 'a table without rows was left out')
    return ''
  }
  const columns = Math.max(1, ...rows.map((cells) => cells.reduce((sum, cell) => sum + cell.span, 0)))
  // A short row of single cells is written short: its lines end before the table's right border,
  // which the importer reads by splitting at `|` (as it reads the wiki's misaligned rows). Other
  // short rows get their last cell widened.
  const shortRows = new Set(rows.filter((cells) => short(cells, columns) && cells.length > 1 && cells.every((cell) => cell.span === 1)))
  rows.forEach((cells, r) => {
    const used = cells.reduce((sum, cell) => sum + cell.span, 0)
    if (used < columns && !shortRows.has(cells)) {
      ctx.problem('ragged-row', `row ${r + 1} has ${used} of ${columns} columns; its last cell spans the rest`)
      if (cells.length) cells[cells.length - 1]!.span += columns - used
      else cells.push({lines: [''], span: columns, column: 0})
    }
  })
  const widths = new Array<number>(columns).fill(3)
  const need = (cell: Cell) => Math.max(...cell.lines.map(displayWidth)) + 2
  for (const cell of rows.flat().filter((candidate) => candidate.span === 1)) widths[cell.column] = Math.max(widths[cell.column]!, need(cell))
  for (const cell of rows.flat().filter((candidate) => candidate.span > 1)) {
    const have = spanWidth(widths, cell)
    if (have < need(cell)) widths[cell.column + cell.span - 1]! += need(cell) - have
  }
  const border = (char: string) => `+${widths.map((width) => char.repeat(width)).join('+')}+`
  const headerRows = Number(table.headerRows ?? 0)
  const out = [border('-')]
  rows.forEach((cells, r) => {
    const height = Math.max(...cells.map((cell) => cell.lines.length))
    for (let line = 0; line < height; line++) {
      const parts = cells.map((cell) => {
        const text = cell.lines[line] ?? ''
        return ` ${text}${' '.repeat(spanWidth(widths, cell) - 1 - displayWidth(text))}`
      })
      out.push(`|${parts.join('|')}|`)
    }
    out.push(border(r + 1 === headerRows ? '=' : '-'))
  })
  return out.join('\n')
}

function spanWidth(widths: number[], cell: Cell): number {
  let width = cell.span - 1
  for (let c = cell.column; c < cell.column + cell.span; c++) width += widths[c]!
  return width
}
