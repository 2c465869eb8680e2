import {mapNestedBodies} from '../../dataset/mapNestedBodies.ts'
import {sameOrMapped} from '../../dataset/sameOrMapped.ts'
import type {BodyBlock, SimpleBlock, TextBlock} from '../types.ts'

type Container = BodyBlock | SimpleBlock

/**
 * Applies `fn` to every text block of a body, however deep (the nested bodies of
 * dataset/blockRegistry.ts: callouts, table cells, definitions). Returns a new body when anything
 * changed; unchanged blocks (and containers holding none that changed) are shared with the input,
 * and when `fn` changes nothing the input array itself comes back, so a page whose links stay as
 * they are costs no copy of its body.
 */
export function mapTextBlocks<T extends Container>(blocks: readonly T[], fn: (block: TextBlock) => TextBlock): T[] {
  const map = (inner: SimpleBlock[]) => mapTextBlocks(inner, fn)
  return sameOrMapped(blocks, (block) => (block._type === 'block' ? (fn(block as TextBlock) as T) : mapNestedBodies(block, map)))
}
