import {mapNestedBodies} from '../../dataset/mapNestedBodies.ts'
import {sameOrMapped} from '../../dataset/sameOrMapped.ts'
import type {BodyBlock, Figure, SimpleBlock, TextBlock} from '../types.ts'

type Container = BodyBlock | SimpleBlock

/**
 * Applies `fn` to every text block of a body, however deep (the nested bodies of
 * dataset/blockRegistry.ts: callouts, table cells, definitions), and `figureFn` to every figure.
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
    return mapNestedBodies(block, map)
  })
}
