import type {BlockStyle, TextBlock} from '../../types.ts'
import type {BlockContext} from '../context.ts'
import type {InlineResult} from '../inline/convertInline.ts'

/** Deepest list level the importer writes; deeper items stay at this level (with a warning). */
export const MAX_LIST_LEVEL = 10

/**
 * A text block for converted inline content, placed in the list and quote the context is in.
 * The `_key` is filled in by `emitBlock`.
 */
export function textBlock(ctx: BlockContext, style: BlockStyle, inline: InlineResult): TextBlock {
  const block: TextBlock = {_type: 'block', _key: '', style, children: inline.children, markDefs: inline.markDefs}
  const list = ctx.lists[ctx.lists.length - 1]
  if (list) {
    block.listItem = list.listItem
    block.level = Math.min(ctx.lists.length, MAX_LIST_LEVEL)
  }
  return block
}

/** The style of a paragraph in this context: quoted text keeps the quote. */
export function paragraphStyle(ctx: BlockContext): BlockStyle {
  return ctx.quoteDepth > 0 ? 'blockquote' : 'normal'
}
