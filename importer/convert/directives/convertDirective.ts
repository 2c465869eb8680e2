import type {Token} from 'markdown-it'
import {parseDirective} from '../../parse/parseDirective.ts'
import {type BlockContext, lineOf, warn} from '../context.ts'
import {emitBlock} from '../emitBlock.ts'
import {unknownDirective} from './directiveHandlers.ts'

/**
 * Converts a MyST directive fence (```` ```{name} argument ````) through
 * the context's directive table. Unknown directives keep their content as a callout and warn.
 */
export function convertDirective(ctx: BlockContext, token: Token): void {
  const line = lineOf(ctx, token)
  const directive = parseDirective(token.info, token.content)
  if (!directive) {
    emitBlock(ctx, {_type: 'codeBlock', _key: '', code: token.content.replace(/\n$/, '')})
    warn(ctx, 'unmapped-construct', `fence info "${token.info}" is not a directive; kept as code`, line)
    return
  }
  const handler = ctx.handlers.directives[directive.name] ?? unknownDirective
  handler(ctx, directive, {line: line ?? 1, bodyLineOffset: (line ?? 1) + directive.bodyOffset})
}
