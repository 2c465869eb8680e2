/** A Portable Text node as verify reads it from the dataset: loosely, any `_type` and fields. */
export interface PtNode {
  _type: string
  [field: string]: unknown
}

/** Where a text block sits in a list. */
export interface ListPlace {
  kind: 'bullet' | 'number'
  /** 1-based nesting depth. */
  level: number
  /** True when the block continues the item above it (its second paragraph) instead of starting one. */
  continues: boolean
}

/**
 * The one adapter between Portable Text's list shape and verify's list items. Portable Text
 * lists are flat text blocks with `listItem` and `level`; today every such block starts an item.
 * When the converter lets one source item hold several paragraphs, this is the only function
 * that learns how a block says "I continue the item above" (`continues`).
 */
export function listItemOf(block: PtNode): ListPlace | undefined {
  if (block.listItem !== 'bullet' && block.listItem !== 'number') return undefined
  return {kind: block.listItem, level: typeof block.level === 'number' ? block.level : 1, continues: false}
}
