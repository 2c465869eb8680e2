import type {PtNode} from './types.ts'

/**
 * A run of list-item text blocks as nested markdown lists. Portable Text keeps only each item's
 * `listItem` and `level`, so every block is an item of its own; a level reached without the
 * levels above it is opened with empty items on one line (`- - item`), which CommonMark nests.
 * `writeItem` writes an item's content; its later lines are indented under the marker.
 */
export function writeList(blocks: readonly PtNode[], writeItem: (block: PtNode) => string): string {
  const stack: number[] = []
  const out: string[] = []
  for (const block of blocks) {
    const level = Math.max(1, Number(block.level ?? 1))
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
    out.push(' '.repeat(indent) + markers + first, ...rest.map((line) => (line ? hanging + line : '')))
  }
  return out.join('\n')
}
