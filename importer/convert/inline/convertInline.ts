import type {Token} from 'markdown-it'
import type {MarkDef, Span} from '../../types.ts'
import {type BlockContext, warn} from '../context.ts'
import {inlineHandlers} from './inlineHandlers.ts'
import {appendText, createInlineState} from './inlineState.ts'

/** Spans and mark definitions of one text block. */
export interface InlineResult {
  children: Span[]
  markDefs: MarkDef[]
}

/**
 * Converts the children of an `inline` token through {@link inlineHandlers}. Unknown token
 * types keep their text and are reported, never dropped.
 */
export function convertInline(ctx: BlockContext, tokens: Token[] | null, line: number | undefined): InlineResult {
  const state = createInlineState(ctx, line)
  if (tokens) {
    for (const token of tokens) {
      const handler = inlineHandlers[token.type]
      if (handler) handler(state, token)
      else {
        appendText(state, token.content)
        warn(ctx, 'unmapped-inline', `inline token ${token.type} kept as text`, line)
      }
      state.previous = token.type
    }
  }
  return {children: state.children, markDefs: state.markDefs}
}

/** The text a reader sees in an inline result, marks ignored. */
export function plainText(result: InlineResult): string {
  let text = ''
  for (const span of result.children) text += span.text
  return text
}
