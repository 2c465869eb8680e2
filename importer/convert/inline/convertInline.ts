import type {Token} from 'markdown-it'
import type {InlineChild, MarkDef} from '../../types.ts'
import {type BlockContext, warn} from '../context.ts'
import {inlineHandlers} from './inlineHandlers.ts'
import {appendText, createInlineState, type InlineState} from './inlineState.ts'

/** Spans and mark definitions of one text block. */
export interface InlineResult {
  children: InlineChild[]
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
  return {children: state.children, markDefs: withoutImageOnlyLinks(state)}
}

/** The mark definitions minus links that held nothing but images (their target is on the images). */
function withoutImageOnlyLinks(state: InlineState): MarkDef[] {
  if (state.imageLinks.size === 0) return state.markDefs
  const used = new Set<string>()
  for (const child of state.children) if (child._type === 'span') for (const mark of child.marks) used.add(mark)
  return state.markDefs.filter((def) => used.has(def._key) || !state.imageLinks.has(def._key))
}

/** The text a reader sees in an inline result, marks ignored. */
export function plainText(result: InlineResult): string {
  let text = ''
  for (const child of result.children) if (child._type === 'span') text += child.text
  return text
}
