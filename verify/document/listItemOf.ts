/** A Portable Text node as verify reads it from the dataset: loosely, any `_type` and fields. */
export interface PtNode {
  _type: string
  [field: string]: unknown
}

/** Where a text block sits in a list, and what it holds of its item. */
export interface ListPlace {
  kind: 'bullet' | 'number'
  /** 1-based nesting depth. */
  level: number
  /** True when the block continues the item above it instead of starting one. */
  continues: boolean
  /** The item's paragraphs this block holds, as text. */
  paragraphs: string[]
}

/**
 * A list item's paragraphs inside its one text block are separated by a blank line (the
 * `ITEM_PARAGRAPH_BREAK` of dataset/listItemParagraphs.ts); read here leniently, white space
 * between the two line breaks included, so that verify does not trust the writer's exact form.
 */
const PARAGRAPH_BREAK = /\n[ \t]*\n/

/**
 * The one adapter between Portable Text's list shape and verify's list items. Portable Text lists
 * are flat text blocks with `listItem` and `level`; the converter writes one block per source
 * item, its paragraphs joined by a blank line. When that shape changes (a block that continues
 * the item above, paragraphs as separate blocks), this is the only function to change.
 */
export function listItemOf(block: PtNode, text: string): ListPlace | undefined {
  if (block.listItem !== 'bullet' && block.listItem !== 'number') return undefined
  return {
    kind: block.listItem,
    level: typeof block.level === 'number' ? block.level : 1,
    continues: false,
    // An empty item (`- ` alone) holds no paragraph.
    paragraphs: text.split(PARAGRAPH_BREAK).filter((paragraph) => paragraph.trim()),
  }
}
