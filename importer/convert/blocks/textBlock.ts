import type {BlockStyle, TextBlock} from '../../types.ts'
import type {BlockContext} from '../context.ts'
import type {InlineResult} from '../inline/convertInline.ts'

/** Deepest list level the importer writes; deeper items stay at this level (with a warning). */
export const MAX_LIST_LEVEL = 10

/**
 * A text block for converted inline content. List items get their `listItem` and `level` from
 * `listItemText`, not here: a block inside an item (a quote, raw HTML) is not a new item. The
 * `_key` is filled in by `emitBlock`.
 */
export function textBlock(_ctx: BlockContext, style: BlockStyle, inline: InlineResult): TextBlock {
  return {_type: 'block', _key: '', style, children: inline.children, markDefs: inline.markDefs}
}

/** The style of a paragraph in this context: quoted text keeps the quote. */
export function paragraphStyle(ctx: BlockContext): BlockStyle {
  return ctx.quoteDepth > 0 ? 'blockquote' : 'normal'
}
