import type {PtNode} from './types.ts'

const isItem = (block: PtNode) => block._type === 'block' && typeof block.listItem === 'string'

/**
 * A run of list-item text blocks as nested markdown lists. Portable Text keeps only each item's
 * `listItem` and `level`, so every block is an item of its own; a level reached without the
 * levels above it is opened with empty items on one line (`- - item`), which CommonMark nests.
 * `write` writes a block; an item's later lines are indented under the marker. A block between
 * items (code, a table, a paragraph that came after an item's nested list: see `listRunEnd`) is
 * written inside the item the next item nests under, after a blank line, so the list goes on at
 * the next item's level; the importer reads it back in place, a paragraph as a plain one.
 */
export function writeList(blocks: readonly PtNode[], write: (block: PtNode) => string): string {
  const stack: number[] = []
  const out: string[] = []
  blocks.forEach((block, index) => {
    if (!isItem(block)) {
      const next = blocks.slice(index + 1).find(isItem)
      const depth = Math.min(stack.length, Math.max(1, Number(next?.level ?? 1)) - 1)
      stack.length = depth
      const indent = ' '.repeat(depth ? stack[depth - 1]! : 0)
      out.push('', ...write(block).split('\n').map((line) => (line ? indent + line : '')), '')
      return
    }
    const level = Math.max(1, Number(block.level ?? 1))
    const marker = block.listItem === 'number' ? '1. ' : '- '
    while (stack.length >= level) stack.pop()
    const indent = stack.length ? stack[stack.length - 1]! : 0
    let markers = ''
    while (stack.length < level) {
      markers += marker
      stack.push(indent + markers.length)
    }
    const [first = '', ...rest] = write(block).split('\n')
    const hanging = ' '.repeat(stack[stack.length - 1]!)
    // An empty item right under a line of text would be read as that text's setext underline (`-`).
    if (first === '' && out.length && out[out.length - 1] !== '') out.push('')
    out.push(' '.repeat(indent) + markers + first, ...rest.map((line) => (line ? hanging + line : '')))
  })
  return out.join('\n').replace(/\n{3,}/g, '\n\n')
}

/**
 * Where a run of list blocks starting at `start` ends: list items, and the blocks between two
 * items when the item after them is nested (level 2 or more), which written outside the list
 * would reopen it with empty items above.
 */
export function listRunEnd(blocks: readonly PtNode[], start: number, inList: (block: PtNode) => boolean): number {
  let end = start
  while (end < blocks.length) {
    if (isItem(blocks[end]!) && inList(blocks[end]!)) {
      end++
      continue
    }
    let next = end
    while (next < blocks.length && !isItem(blocks[next]!) && inList(blocks[next]!)) next++
    if (next === end || next >= blocks.length || !inList(blocks[next]!) || Number(blocks[next]!.level ?? 1) <= 1) break
    end = next
  }
  return end
}
