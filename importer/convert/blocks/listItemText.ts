import type {InlineChild, MarkDef, TextBlock} from '../../types.ts'
import {type BlockContext, type ListFrame, lineOf, warn} from '../context.ts'
import {emitBlock} from '../emitBlock.ts'
import type {InlineResult} from '../inline/convertInline.ts'
import type {Token} from 'markdown-it'
import {ITEM_PARAGRAPH_BREAK} from '../../../dataset/listItemParagraphs.ts'

/** The innermost open list if `open` is a paragraph of its current item's own text (not inside a quote in it). */
export function itemFrame(ctx: BlockContext): ListFrame | undefined {
  const frame = ctx.lists[ctx.lists.length - 1]
  return frame && frame.quoteDepth === ctx.quoteDepth ? frame : undefined
}

/**
 * A paragraph of a list item's own text. The first becomes the item's text block; the next ones
 * join it after a blank line (`\n\n`), so one source item is one Portable Text list block, as
 * Sanity's editor and @portabletext/toolkit's `nestLists` expect. A paragraph that comes after
 * the item's nested content (a sub-list, code, a table) cannot join the text above that content
 * without moving it: it stays a plain paragraph in place, and the page gets a warning.
 */
export function listItemText(ctx: BlockContext, frame: ListFrame, inline: InlineResult, open: Token): void {
  const style = ctx.quoteDepth > 0 ? 'blockquote' : 'normal'
  if (frame.itemBlock && !frame.interrupted) {
    joinParagraph(frame.itemBlock, inline)
    return
  }
  const block: TextBlock = {_type: 'block', _key: '', style, children: inline.children, markDefs: inline.markDefs}
  if (frame.itemBlock) {
    warn(ctx, 'list-continuation', 'a list item paragraph after its nested content stays a paragraph below the item', lineOf(ctx, open))
    emitBlock(ctx, block)
    return
  }
  block.listItem = frame.listItem
  block.level = frame.level
  frame.itemBlock = block
  emitBlock(ctx, block)
}

/** Appends a paragraph to an item's text block, renumbering its span, image and mark keys. */
function joinParagraph(block: TextBlock, inline: InlineResult): void {
  const renamed = new Map<string, string>()
  for (const def of inline.markDefs) {
    const key = `m${block.markDefs.length}`
    renamed.set(def._key, key)
    block.markDefs.push({...def, _key: key} as MarkDef)
  }
  const children = block.children
  const last = children[children.length - 1]
  if (last && last._type === 'span' && last.marks.length === 0) last.text += ITEM_PARAGRAPH_BREAK
  else children.push({_type: 'span', _key: `s${children.length}`, text: ITEM_PARAGRAPH_BREAK, marks: []})
  // Spans with the same marks on either side of the break are one span, as an editor keeps them.
  // Only the paragraph's first child meets the break; a flag says so, where `tail.text.endsWith`
  // would flatten the joined string on every paragraph and make a long item quadratic.
  let atBreak = true
  for (const child of inline.children) {
    const next = rekeyed(child, children.length, renamed)
    const tail = children[children.length - 1]
    if (atBreak && next._type === 'span' && tail?._type === 'span' && sameMarks(tail.marks, next.marks)) tail.text += next.text
    else children.push(next)
    atBreak = false
  }
}

function sameMarks(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((mark, i) => mark === b[i])
}

function rekeyed(child: InlineChild, index: number, renamed: Map<string, string>): InlineChild {
  if (child._type !== 'span') return {...child, _key: `i${index}`}
  return {...child, _key: `s${index}`, marks: child.marks.map((mark) => renamed.get(mark) ?? mark)}
}
