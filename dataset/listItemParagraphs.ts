/**
 * How a stored list block holds its item's further paragraphs: one text block per source item,
 * its paragraphs joined in its span text by a blank line. Written by the importer's convert
 * stage; read back by the review renderer and the export. Portable Text has no container for
 * several blocks in one item (see the README, "How the page's structure becomes Portable Text").
 */
export const ITEM_PARAGRAPH_BREAK = '\n\n'
