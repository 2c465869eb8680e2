import type {CodeBlock} from '../../types.ts'
import type {BlockContext, BlockHandler} from '../context.ts'
import {convertDirective} from '../directives/convertDirective.ts'
import {emitBlock} from '../emitBlock.ts'

function codeBlock(code: string, language?: string): CodeBlock {
  const block: CodeBlock = {_type: 'codeBlock', _key: '', code: code.endsWith('\n') ? code.slice(0, -1) : code}
  if (language) block.language = language
  return block
}

/** A fence: MyST directives (```` ```{name} ````) go to the directive table, the rest is code. */
function fence(ctx: BlockContext, index: number): number {
  const token = ctx.tokens[index]
  const info = token.info.trim()
  if (info.startsWith('{')) {
    convertDirective(ctx, token)
    return index + 1
  }
  const space = info.search(/\s/)
  emitBlock(ctx, codeBlock(token.content, space < 0 ? info : info.slice(0, space)))
  return index + 1
}

/** Indented and fenced code. */
export const codeHandlers: Record<string, BlockHandler> = {
  code_block: (ctx, index) => {
    emitBlock(ctx, codeBlock(ctx.tokens[index].content))
    return index + 1
  },
  fence,
}
