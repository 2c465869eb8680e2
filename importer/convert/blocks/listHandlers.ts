import type {BlockContext, BlockHandler} from '../context.ts'
import {lineOf, warn} from '../context.ts'
import {emitBlock} from '../emitBlock.ts'
import {MAX_LIST_LEVEL} from './textBlock.ts'

function openList(listItem: 'bullet' | 'number'): BlockHandler {
  return (ctx, index) => {
    const token = ctx.tokens[index]
    ctx.lists.push({listItem, level: Math.min(ctx.lists.length + 1, MAX_LIST_LEVEL), quoteDepth: ctx.quoteDepth, interrupted: false})
    if (ctx.lists.length === MAX_LIST_LEVEL + 1) {
      warn(ctx, 'list-too-deep', `lists nested deeper than ${MAX_LIST_LEVEL} levels stay at level ${MAX_LIST_LEVEL}`, lineOf(ctx, token))
    }
    // Portable Text lists have no start number: the items stay a numbered list and the start is
    // reported, so an editor can see where a renderer will restart the count at 1.
    const start = token.attrGet('start')
    if (start !== null && start !== '1') {
      warn(ctx, 'list-start', `numbered list starts at ${start}; Portable Text renders it from 1`, lineOf(ctx, token))
    }
    return index + 1
  }
}

function closeList(ctx: BlockContext, index: number): number {
  ctx.lists.pop()
  return index + 1
}

/** A new item: its first paragraph (see `listItemText`) or its first nested block gives it its text block. */
function openItem(ctx: BlockContext, index: number): number {
  const frame = ctx.lists[ctx.lists.length - 1]
  if (frame) {
    frame.itemBlock = undefined
    frame.interrupted = false
  }
  return index + 1
}

/** An item with nothing in it (`-` alone) is still an item: it gets an empty text block. */
function closeItem(ctx: BlockContext, index: number): number {
  const frame = ctx.lists[ctx.lists.length - 1]
  if (frame && !frame.itemBlock) {
    // In a quote, as the item's own text would be (see listItemText).
    const style = frame.quoteDepth > 0 ? ('blockquote' as const) : ('normal' as const)
    const empty = {_type: 'block' as const, _key: '', style, children: [{_type: 'span' as const, _key: 's0', text: '', marks: []}], markDefs: []}
    frame.itemBlock = {...empty, listItem: frame.listItem, level: frame.level}
    emitBlock(ctx, frame.itemBlock)
  }
  return index + 1
}

/**
 * Lists: one Portable Text list block per source item, `listItem` and `level` from the open
 * list stack; the item's paragraphs join that block (see `listItemText`), its nested lists are
 * blocks one level deeper, its other blocks follow it.
 */
export const listHandlers: Record<string, BlockHandler> = {
  bullet_list_open: openList('bullet'),
  ordered_list_open: openList('number'),
  bullet_list_close: closeList,
  ordered_list_close: closeList,
  list_item_open: openItem,
  list_item_close: closeItem,
}
