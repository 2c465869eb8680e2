import type {GenericNode} from 'myst-common'
import type {Category} from '../../categories.ts'
import {addWords} from '../../outlineWords.ts'
import {addItem, count, notShown, openRegion, type ReferenceContext} from '../context.ts'
import {plainText} from '../plainText.ts'

/** A pandoc simple or multiline table's rule: dashes, in one or more column runs. */
export const SIMPLE_RULE = /^\s*-{3,}(?:\s+-{3,})*\s*$/m
/** The same with at least two columns: a lone `---` beside a paragraph is a plain rule. */
const COLUMN_RULES = /^\s*-{3,}(?:\s+-{3,})+\s*$/
/** A table drawn with `+---+` rules: pandoc's grid table, which MyST reads as a paragraph. */
export const GRID_RULE = /^\s*\+[-=:+]{3,}/m

/**
 * A table drawn as text that MyST reads as a paragraph: a grid table (its first line a `+---+`
 * rule), or a row of a simple table (beside a rule of dash runs, which MyST reads as `<hr>`).
 */
export function tableDrawnAsText(node: GenericNode, ctx: ReferenceContext): Category | undefined {
  if (!node.position || ctx.region) return undefined
  const {start, end} = node.position
  if (GRID_RULE.test(ctx.lines[start.line - 1] ?? '')) return 'grid-table'
  const [above, below] = [ctx.lines[start.line - 2] ?? '', ctx.lines[end.line] ?? '']
  // A one-column table has single dash runs, like `<hr>`: it needs a rule on both sides.
  const ruled = COLUMN_RULES.test(above) || COLUMN_RULES.test(below) || (SIMPLE_RULE.test(above) && SIMPLE_RULE.test(below))
  return ruled ? 'simple-table' : undefined
}

/**
 * Opens the region of a table drawn as text that MyST read as `node`: shown raw, so its words
 * stay visible; the region's copy explains the table the document makes of them.
 */
export function drawnTable(node: GenericNode, ctx: ReferenceContext, key: string, drawn: Category): void {
  count(ctx, drawn)
  const region = openRegion(ctx, drawn, plainText(node))
  addWords(region.words, plainText(node))
  addItem(ctx, key, plainText(node), region.category)
  addWords(ctx.words, plainText(node, notShown))
  ctx.visit(node.children, {region})
}

