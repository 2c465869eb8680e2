import {parseMarkdown} from '../../parse/parseMarkdown.ts'
import type {PandocTable} from '../../parse/splitPandocTable.ts'
import type {SimpleBlock, Table, TableCell} from '../../types.ts'
import {type BlockContext, type BlockHandler, lineOf, warn} from '../context.ts'
import {emitBlock} from '../emitBlock.ts'
import {lostTableText} from './lostTableText.ts'
import {textBlock} from './textBlock.ts'

/** A cell's markdown converted as simple blocks; its tokens' lines count from `line` (1-based). */
function cellContent(ctx: BlockContext, text: string, line: number): SimpleBlock[] {
  if (text.length === 0) return []
  return ctx.convertNested({tokens: parseMarkdown(text), lineOffset: line - 1})
}

/** `pandoc_table`: rows and cells as the parse stage split them, each cell's markdown converted. */
const pandocTable: BlockHandler = (ctx, index) => {
  const token = ctx.tokens[index]
  const meta = token.meta as PandocTable
  const line = lineOf(ctx, token) ?? 1
  const table: Table = {
    _type: 'table',
    _key: '',
    headerRows: meta.headerRows,
    rows: meta.rows.map((row, r) => ({
      _type: 'tableRow',
      _key: `r${r}`,
      cells: row.cells.map((cell, c) => {
        const result: TableCell = {_type: 'tableCell', _key: `c${c}`, content: cellContent(ctx, cell.text, line + row.line)}
        if (cell.colSpan > 1) result.colSpan = cell.colSpan
        return result
      }),
    })),
  }
  emitBlock(ctx, table, line)
  const lost = token.content ? lostTableText(token.content, meta) : []
  if (lost.length > 0) {
    // Kept below the table rather than dropped, and reported with the words, for an editor to place.
    const text = lost.join(' ')
    warn(ctx, 'malformed-table', `malformed table: ${lost.length} words no cell holds, kept in a paragraph below it: "${text.slice(0, 200)}${text.length > 200 ? '…' : ''}"`, line)
    emitBlock(ctx, textBlock(ctx, 'normal', {children: [{_type: 'span', _key: 's0', text, marks: []}], markDefs: []}), line)
  }
  return index + 1
}

/** Pandoc simple, multiline and grid tables. */
export const tableHandlers: Record<string, BlockHandler> = {pandoc_table: pandocTable}
