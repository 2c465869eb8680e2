import type {DefinitionItem} from '../../types.ts'
import {type BlockContext, findClose, lineOf, warn} from '../context.ts'
import {emitBlock} from '../emitBlock.ts'
import {convertInline, plainText} from '../inline/convertInline.ts'

/**
 * `dl_open ... dl_close`: each `dt` starts an item whose term is plain text (the schema's term
 * is a string, so links in a term are reported); each `dd` body converts as simple blocks and
 * is appended to the item before it.
 */
function definitionList(ctx: BlockContext, index: number): number {
  const close = findClose(ctx.tokens, index)
  const items: DefinitionItem[] = []
  let i = index + 1
  while (i < close) {
    const token = ctx.tokens[i]
    const end = findClose(ctx.tokens, i)
    if (token.type === 'dt_open') {
      const line = lineOf(ctx, token)
      const term = convertInline(ctx, ctx.tokens[i + 1].children, line)
      if (term.markDefs.length > 0) warn(ctx, 'term-link-dropped', 'links in a definition term kept as text only', line)
      items.push({_type: 'definitionItem', _key: `i${items.length}`, term: plainText(term).trim(), description: []})
    } else if (token.type === 'dd_open') {
      const body = ctx.convertNested({tokens: ctx.tokens, from: i + 1, to: end, lineOffset: ctx.lineOffset})
      if (items.length === 0) items.push({_type: 'definitionItem', _key: 'i0', term: '', description: []})
      const item = items[items.length - 1]
      for (const block of body) {
        block._key = `b${item.description.length}`
        item.description.push(block)
      }
    }
    i = end + 1
  }
  emitBlock(ctx, {_type: 'definitionList', _key: '', items}, lineOf(ctx, ctx.tokens[index]))
  return close + 1
}

/** Definition lists from markdown-it-deflist. */
export const definitionHandlers = {dl_open: definitionList}
