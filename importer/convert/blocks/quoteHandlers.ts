import type {BlockHandler} from '../context.ts'

/** Block quotes: paragraphs inside get the `blockquote` style. */
export const quoteHandlers: Record<string, BlockHandler> = {
  blockquote_open: (ctx, index) => {
    ctx.quoteDepth++
    return index + 1
  },
  blockquote_close: (ctx, index) => {
    ctx.quoteDepth--
    return index + 1
  },
}
