import {isGridBorder} from '../../parse/splitPandocTable.ts'
import type {PandocTable} from '../../parse/splitPandocTable.ts'

/** Words of table source: cell separators and whitespace split them. */
const SEPARATORS = /[\s|]+/

function countWords(text: string, counts: Map<string, number>): void {
  for (const word of text.split(SEPARATORS)) if (word) counts.set(word, (counts.get(word) ?? 0) + 1)
}

/** A run of border characters inside a row (`+` where a row line was mistaken for a border). */
const SYNTAX = /^[-=:+]+$/

/** Border lines of a grid table and dash lines of a simple one: table syntax, no text. */
const RULE = /^\s*[-=:+ ]+$/

/**
 * The words of a pandoc table's source that none of its cells holds, in source order: what a
 * malformed row (a row line starting with `+`, a missing `|`, text past the right border) would
 * otherwise drop without a trace. Empty for a table whose split kept everything.
 */
export function lostTableText(source: string, table: PandocTable): string[] {
  const kept = new Map<string, number>()
  for (const row of table.rows) for (const cell of row.cells) countWords(cell.text, kept)
  const lost: string[] = []
  for (const line of source.split('\n')) {
    if (isGridBorder(line) || RULE.test(line)) continue
    for (const word of line.split(SEPARATORS)) {
      if (!word || SYNTAX.test(word)) continue
      const left = kept.get(word) ?? 0
      if (left > 0) kept.set(word, left - 1)
      else lost.push(word)
    }
  }
  return lost
}
