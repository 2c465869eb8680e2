import {addItem, count, type ReferenceHandler} from '../context.ts'
import {plainText} from '../plainText.ts'

/** Lists: depth and kind for the items below. */
const list: ReferenceHandler = (node, ctx) => ctx.visit(node.children, {listDepth: ctx.listDepth + 1, ordered: node.ordered === true})

/**
 * A list item: the paragraphs before its nested content are its text; nested lists, code blocks
 * and the rest are items of their own. A paragraph after nested content cannot be part of a flat
 * Portable Text item without moving above that content: it is counted apart (a paragraph still).
 */
const listItem: ReferenceHandler = (node, ctx) => {
  const children = node.children ?? []
  const nested = children.findIndex((child) => child.type !== 'paragraph')
  const own = nested < 0 ? children : children.slice(0, nested)
  const after = nested < 0 ? [] : children.slice(nested).filter((child) => child.type === 'paragraph')
  after.forEach(() => count(ctx, 'item-paragraph-after-nested'))
  addItem(ctx, `listItem ${ctx.ordered ? 'number' : 'bullet'} ${ctx.listDepth}`, own.map((child) => plainText(child)).join(' '))
  ctx.visit(node.children)
}

/** Lists and their items. */
export const listHandlers: Record<string, ReferenceHandler> = {list, listItem}
