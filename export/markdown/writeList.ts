import type {PtNode} from './types.ts'

/** A list item of the list itself (a quoted one belongs to a quote inside an item). */
const isItem = (block: PtNode) => block._type === 'block' && typeof block.listItem === 'string' && block.style !== 'blockquote'
/** A quoted text block: a paragraph or list item the importer read inside a `>` quote. */
export const isQuoted = (block: PtNode) => block._type === 'block' && block.style === 'blockquote'
/** A quoted list item one level or more below the top: the importer made it from a quote inside an item, or a nested item of a quoted list. */
const isNestedQuote = (block: PtNode) => isQuoted(block) && typeof block.listItem === 'string' && Number(block.level ?? 1) > 1
const levelOf = (block: PtNode | undefined) => Math.max(1, Number(block?.level ?? 1))
/** A block whose style says whether it was quoted: a paragraph's. The importer gives no other block the quote. */
const carriesQuote = (block: PtNode) => block._type === 'block' && (block.style === undefined || block.style === 'normal' || block.style === 'blockquote')
/** A block a quoted list may hold between its items: one that carries no quote, or a quoted paragraph (one after an item's nested content). */
const betweenQuotedItems = (block: PtNode) => !carriesQuote(block) || (isQuoted(block) && typeof block.listItem !== 'string')

/**
 * A run of list-item text blocks as nested markdown lists. Portable Text keeps only each item's
 * `listItem` and `level`, so every block is an item of its own; a level reached without the
 * levels above it is opened with empty items on one line (`- - item`), which CommonMark nests.
 * `writeItem` writes an item's text; its later lines are indented under the marker. Blocks
 * between items (code, a table, a paragraph that came after an item's nested list, a quote: see
 * `listRunEnd`) are written by `writeBody` inside the item the next item nests under (a quote
 * holding a list: the item its list nests under, its levels counted from there), after a blank
 * line, so the list goes on at the next item's level; the importer reads them back in place.
 */
export function writeList(blocks: readonly PtNode[], writeItem: (block: PtNode) => string, writeBody: (blocks: PtNode[]) => string): string {
  const stack: number[] = []
  const out: string[] = []
  let index = 0
  while (index < blocks.length) {
    const block = blocks[index]!
    if (!isItem(block)) {
      let end = index
      while (end < blocks.length && !isItem(blocks[end]!)) end++
      const chunk = blocks.slice(index, end)
      const within = levelOf(chunk.find(isNestedQuote) ?? blocks[end])
      const depth = Math.min(stack.length, within - 1)
      stack.length = depth
      const indent = ' '.repeat(depth ? stack[depth - 1]! : 0)
      const body = writeBody(chunk.map((inner) => (inner.listItem ? {...inner, level: Math.max(1, levelOf(inner) - depth)} : inner)))
      out.push('', ...body.split('\n').map((line) => (line ? indent + line : '')), '')
      index = end
      continue
    }
    const level = levelOf(block)
    const marker = block.listItem === 'number' ? '1. ' : '- '
    while (stack.length >= level) stack.pop()
    const indent = stack.length ? stack[stack.length - 1]! : 0
    let markers = ''
    while (stack.length < level) {
      markers += marker
      stack.push(indent + markers.length)
    }
    const [first = '', ...rest] = writeItem(block).split('\n')
    const hanging = ' '.repeat(stack[stack.length - 1]!)
    // An empty item right under a line of text would be read as that text's setext underline (`-`).
    if (first === '' && out.length && out[out.length - 1] !== '') out.push('')
    out.push(' '.repeat(indent) + markers + first, ...rest.map((line) => (line ? hanging + line : '')))
    index++
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '')
}

/**
 * Where a run of list blocks starting at `start` ends: list items, quotes holding a nested list,
 * and the blocks between two items when the item after them is nested (level 2 or more), which
 * written outside the list would reopen it with empty items above.
 */
export function listRunEnd(blocks: readonly PtNode[], start: number): number {
  let end = start
  while (end < blocks.length) {
    if (isItem(blocks[end]!)) {
      end++
      continue
    }
    if (isNestedQuote(blocks[end]!)) {
      while (end < blocks.length && isQuoted(blocks[end]!)) end++
      continue
    }
    let next = end
    while (next < blocks.length && !isItem(blocks[next]!) && !isQuoted(blocks[next]!)) next++
    const after = blocks[next]
    if (next === end || after === undefined || !(isNestedQuote(after) || (isItem(after) && levelOf(after) > 1))) break
    end = next
  }
  return end
}

/**
 * Where a `>` quote starting at `start` ends: its quoted text blocks, and, once it holds a list,
 * the blocks that carry no quote (code, a definition list, a table, a heading) between two of its
 * items when the item after them is nested, which `listRunEnd` keeps inside that list. A reader
 * saw them inside the quote, in the item above; written outside it, they would close the quote
 * and its list, and the items after them would be read back a level up. Blocks between items of
 * level 1, as in a list without a quote, are written after the list: nothing says they were in it.
 */
export function quoteRunEnd(blocks: readonly PtNode[], start: number): number {
  let end = start
  let holdsList = false
  while (end < blocks.length) {
    if (isQuoted(blocks[end]!)) {
      holdsList ||= typeof blocks[end]!.listItem === 'string'
      end++
      continue
    }
    if (!holdsList) break
    let next = end
    while (next < blocks.length && betweenQuotedItems(blocks[next]!)) next++
    const after = blocks[next]
    if (next === end || after === undefined || !isNestedQuote(after)) break
    end = next
  }
  return end
}
