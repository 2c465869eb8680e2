import type {BodyBlock, SimpleBlock, TextBlock} from '../types.ts'

type Container = BodyBlock | SimpleBlock

/**
 * Where text blocks nest inside other blocks, by `_type`: a new block type with rich text inside
 * is a new entry here. Each handler rebuilds its block with `map` applied to the text blocks within.
 */
const nested: Record<string, (block: any, map: (blocks: SimpleBlock[]) => SimpleBlock[]) => Container> = {
  callout: (block, map) => ({...block, body: map(block.body ?? [])}),
  table: (block, map) => ({
    ...block,
    rows: block.rows.map((row: any) => ({...row, cells: row.cells.map((cell: any) => ({...cell, content: map(cell.content ?? [])}))})),
  }),
  definitionList: (block, map) => ({
    ...block,
    items: block.items.map((item: any) => ({...item, description: map(item.description ?? [])})),
  }),
}

/**
 * Applies `fn` to every text block of a body, however deep (callouts, table cells, definitions),
 * and returns the new body; blocks without text come back as they were.
 */
export function mapTextBlocks<T extends Container>(blocks: readonly T[], fn: (block: TextBlock) => TextBlock): T[] {
  const map = (inner: SimpleBlock[]) => mapTextBlocks(inner, fn)
  return blocks.map((block) => {
    if (block._type === 'block') return fn(block as TextBlock) as T
    const handler = nested[block._type]
    return (handler ? handler(block, map) : block) as T
  })
}
