import type {BodyBlock, Figure, SimpleBlock, TextBlock} from '../types.ts'

type Container = BodyBlock | SimpleBlock

/**
 * Where text blocks nest inside other blocks, by `_type`: a new block type with rich text inside
 * is a new entry here. Each handler rebuilds its block with `map` applied to the text blocks
 * within, or returns it as it was when `map` changed nothing (`map` returns its input then).
 */
const nested: Record<string, (block: any, map: (blocks: SimpleBlock[]) => SimpleBlock[]) => Container> = {
  callout: (block, map) => {
    const body = map(block.body ?? [])
    return body === block.body ? block : {...block, body}
  },
  table: (block, map) => {
    const rows = sameOrMapped(block.rows, (row: any) => {
      const cells = sameOrMapped(row.cells, (cell: any) => {
        const content = map(cell.content ?? [])
        return content === cell.content ? cell : {...cell, content}
      })
      return cells === row.cells ? row : {...row, cells}
    })
    return rows === block.rows ? block : {...block, rows}
  },
  definitionList: (block, map) => {
    const items = sameOrMapped(block.items, (item: any) => {
      const description = map(item.description ?? [])
      return description === item.description ? item : {...item, description}
    })
    return items === block.items ? block : {...block, items}
  },
}

/**
 * Applies `fn` to every text block of a body, however deep (callouts, table cells, definitions),
 * and `figureFn` to every figure.
 * Returns a new body when anything changed; unchanged blocks (and containers holding none that
 * changed) are shared with the input, and when `fn` changes nothing the input array itself comes
 * back, so a page whose links stay as they are costs no copy of its body.
 */
export function mapTextBlocks<T extends Container>(
  blocks: readonly T[],
  fn: (block: TextBlock) => TextBlock,
  figureFn: (block: Figure) => Figure = (block) => block,
): T[] {
  const map = (inner: SimpleBlock[]) => mapTextBlocks(inner, fn, figureFn)
  return sameOrMapped(blocks, (block) => {
    if (block._type === 'block') return fn(block as TextBlock) as T
    if (block._type === 'figure') return figureFn(block as Figure) as T
    const handler = nested[block._type]
    return (handler ? handler(block, map) : block) as T
  })
}

/** `items.map(fn)`, or `items` itself when `fn` returned every item unchanged. */
function sameOrMapped<T>(items: readonly T[], fn: (item: T) => T): T[] {
  let out: T[] | undefined
  for (let i = 0; i < items.length; i++) {
    const next = fn(items[i]!)
    if (out) out.push(next)
    else if (next !== items[i]) {
      out = items.slice(0, i)
      out.push(next)
    }
  }
  return out ?? (items as T[])
}
