import type {BodyBlock, SimpleBlock, TextBlock} from '../types.ts'
import {isSpan} from '../isSpan.ts'

/** The text a reader sees in a text block, spans joined. */
export function blockText(block: TextBlock): string {
  return block.children.map((child) => (isSpan(child) ? child.text : '')).join('')
}

/** Type guard (strict): a Portable Text text block. */
export function isTextBlock(block: BodyBlock | SimpleBlock): block is TextBlock {
  return block._type === 'block'
}

/** A heading block (`h1`…`h6`). Not a type guard: a text block that is no heading stays a text block. */
export function isHeading(block: BodyBlock | SimpleBlock): boolean {
  return block._type === 'block' && /^h[1-6]$/.test((block as TextBlock).style)
}
