import type {BlockContext, BlockHandler} from '../context.ts'
import {lineOf, warn} from '../context.ts'
import {MAX_LIST_LEVEL} from './textBlock.ts'

function openList(listItem: 'bullet' | 'number'): BlockHandler {
  return (ctx, index) => {
    ctx.lists.push({listItem})
    const token = ctx.tokens[index]
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

const skip: BlockHandler = (_ctx, index) => index + 1

/**
 * Lists: the open list stack gives the `listItem` and `level` of the text blocks inside; items
 * themselves leave no trace because every paragraph in them becomes a list block.
 */
export const listHandlers: Record<string, BlockHandler> = {
  bullet_list_open: openList('bullet'),
  ordered_list_open: openList('number'),
  bullet_list_close: closeList,
  ordered_list_close: closeList,
  list_item_open: skip,
  list_item_close: skip,
}
