import {htmlToText} from '../../parse/htmlToText.ts'
import type {BlockHandler} from '../context.ts'
import {lineOf, warn} from '../context.ts'
import {emitBlock} from '../emitBlock.ts'
import {textBlock} from './textBlock.ts'

const COMMENT_ONLY = /^\s*(?:<!--[\s\S]*?-->\s*)+$/

function textOnly(text: string) {
  return {children: [{_type: 'span' as const, _key: 's0', text, marks: []}], markDefs: []}
}

/**
 * Constructs without a Portable Text counterpart: raw HTML blocks keep their visible text
 * (comments vanish, as they do for a reader), rules are left out, and the text below the
 * nesting guard is kept as one plain block.
 */
export const rawHandlers: Record<string, BlockHandler> = {
  html_block: (ctx, index) => {
    const token = ctx.tokens[index]
    if (COMMENT_ONLY.test(token.content)) return index + 1
    const text = htmlToText(token.content)
    warn(ctx, 'dropped-html', 'raw HTML block: its markup was dropped, its text kept', lineOf(ctx, token))
    if (text) emitBlock(ctx, textBlock(ctx, 'normal', textOnly(text)))
    return index + 1
  },
  // A rule is a visual separator with no text: the blocks around it keep their order and the
  // schema has no divider to map it to. Reporting each one (2,321 in psf/ and python/) buried the
  // warnings that do mean lost content, so it is dropped silently.
  hr: (_ctx, index) => index + 1,
  nesting_overflow: (ctx, index) => {
    const token = ctx.tokens[index]
    warn(ctx, 'nesting-too-deep', 'content nested too deeply was kept as plain text', lineOf(ctx, token))
    if (token.content) emitBlock(ctx, textBlock(ctx, 'normal', textOnly(token.content)))
    return index + 1
  },
}
