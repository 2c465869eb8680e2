import {type BlockContext, lineOf, warn} from './context.ts'
import {emitBlock} from './emitBlock.ts'
import {convertInline} from './inline/convertInline.ts'
import {textBlock} from './blocks/textBlock.ts'

/**
 * Walks the block tokens `[from, to)` of a context through its block handler table. The walk
 * is a loop, not a recursion over nesting, so deep lists cost no stack. A token type without a
 * handler keeps its text (an unknown inline container becomes a paragraph) and is reported.
 */
export function convertBlocks(ctx: BlockContext, from = 0, to = ctx.tokens.length): void {
  const handlers = ctx.handlers.blocks
  let index = from
  while (index < to) {
    const token = ctx.tokens[index]
    const handler = handlers[token.type]
    if (handler) {
      index = handler(ctx, index)
      continue
    }
    if (token.nesting !== -1) warn(ctx, 'unmapped-construct', `no handler for ${token.type}`, lineOf(ctx, token))
    const inline =
      token.type === 'inline'
        ? convertInline(ctx, token.children, lineOf(ctx, token))
        : {children: token.content ? [{_type: 'span' as const, _key: 's0', text: token.content, marks: []}] : [], markDefs: []}
    if (inline.children.length > 0) emitBlock(ctx, textBlock(ctx, 'normal', inline))
    index++
  }
}
