import {addWords, itemText, shown} from '../outlineWords.ts'
import type {Item, Outline} from '../types.ts'
import {listItemOf, type PtNode} from './listItemOf.ts'

/** What a handler gets: the outline being built, and the reader for nested blocks. */
export interface DocumentContext {
  outline: Outline
  /** The list item the last text block opened, so that a continuing block adds its words. */
  openItem?: Item
  visit(blocks: unknown): void
}

export type DocumentHandler = (node: PtNode, ctx: DocumentContext) => void

const HEADING = /^h([1-6])$/
const LINK_TYPES = new Set(['link', 'internalLink', 'attachmentLink'])
const IMAGE_TYPES = new Set(['image', 'figure', 'inlineImage'])

/** A link text that is a URL: what the importer's linkify makes of a bare address. */
const URL_TEXT = /^(?:https?|ftp):\/\/\S+$/i

const list = (value: unknown): PtNode[] => (Array.isArray(value) ? (value as PtNode[]) : [])
const str = (value: unknown): string => (typeof value === 'string' ? value : '')

/** A text block's text: its spans run on, as a reader sees them. */
export function blockText(block: PtNode): string {
  return list(block.children)
    .map((child) => str(child.text))
    .join('')
}

/** The text of any nested content, blocks separated by a space. */
function contentText(value: unknown): string {
  if (Array.isArray(value)) return value.map(contentText).join(' ')
  if (!value || typeof value !== 'object') return ''
  const node = value as PtNode
  if (node._type === 'block') return blockText(node)
  if (node._type === 'codeBlock') return str(node.code)
  return Object.entries(node)
    .filter(([key]) => ['title', 'term', 'body', 'content', 'rows', 'cells', 'items', 'description'].includes(key))
    .map(([, child]) => contentText(child))
    .join(' ')
}

function addItem(ctx: DocumentContext, key: string, text: string): Item {
  const item: Item = {key, text: itemText(text), shown: shown(text)}
  ctx.outline.items.push(item)
  return item
}

/**
 * An image is paired by count, not by address: the document may hold it as an asset rather than
 * the address written; the address is what the report shows.
 */
function addImage(ctx: DocumentContext, node: PtNode): void {
  ctx.outline.items.push({key: 'image', text: '', shown: str(node.sourceUrl ?? node.url ?? node.alt)})
}

/** Links (one per annotation a span uses) and inline images of a text block. */
function inlineItems(block: PtNode, ctx: DocumentContext): void {
  const defs = new Map(list(block.markDefs).map((def) => [str(def._key), def]))
  const seen = new Map<string, string[]>()
  for (const child of list(block.children)) {
    if (IMAGE_TYPES.has(child._type)) addImage(ctx, child)
    for (const mark of Array.isArray(child.marks) ? (child.marks as string[]) : []) {
      const def = defs.get(mark)
      if (!def || !LINK_TYPES.has(def._type)) continue
      if (!seen.has(mark)) seen.set(mark, [])
      seen.get(mark)!.push(str(child.text))
    }
  }
  for (const texts of seen.values()) {
    const text = texts.join('')
    const item = addItem(ctx, 'link', text)
    if (URL_TEXT.test(text.trim())) item.urlText = true
  }
}

/** A text block: a heading, a paragraph, or a list item's paragraphs (through listItemOf). */
const block: DocumentHandler = (node, ctx) => {
  const text = blockText(node)
  addWords(ctx.outline.words, text)
  const heading = HEADING.exec(str(node.style))
  const place = listItemOf(node, text)
  if (heading && !place) {
    addItem(ctx, `heading h${heading[1]}`, text)
    ctx.openItem = undefined
  } else if (!place) {
    addItem(ctx, 'paragraph', text)
    ctx.openItem = undefined
  } else {
    for (const paragraph of place.paragraphs) addItem(ctx, 'paragraph', paragraph)
    if (place.continues && ctx.openItem) {
      ctx.openItem.text = itemText(`${ctx.openItem.text} ${text}`)
      ctx.openItem.shown = shown(`${ctx.openItem.shown} ${text}`)
    } else ctx.openItem = addItem(ctx, `listItem ${place.kind} ${place.level}`, text)
  }
  inlineItems(node, ctx)
}

/** A nested body (callout, cell, definition) starts outside any list. */
function nested(ctx: DocumentContext, blocks: unknown): void {
  ctx.openItem = undefined
  ctx.visit(blocks)
  ctx.openItem = undefined
}

const table: DocumentHandler = (node, ctx) => {
  addItem(ctx, 'table', contentText(node))
  for (const row of list(node.rows)) {
    for (const cell of list(row.cells)) {
      addItem(ctx, 'tableCell', contentText(cell.content))
      nested(ctx, cell.content)
    }
  }
}

const callout: DocumentHandler = (node, ctx) => {
  addItem(ctx, 'admonition', contentText(node))
  addWords(ctx.outline.words, str(node.title))
  nested(ctx, node.body)
}

const codeBlock: DocumentHandler = (node, ctx) => {
  addItem(ctx, 'code', str(node.code))
  addWords(ctx.outline.words, str(node.code))
}

const definitionList: DocumentHandler = (node, ctx) => {
  for (const item of list(node.items)) {
    addItem(ctx, 'definitionItem', str(item.term))
    addWords(ctx.outline.words, str(item.term))
    nested(ctx, item.description)
  }
}

/** A figure: an image; its caption is text the document shows. */
const figure: DocumentHandler = (node, ctx) => {
  addImage(ctx, node)
  addWords(ctx.outline.words, str(node.caption))
}

/** An attachment block: a link to the file, titled. */
const attachment: DocumentHandler = (node, ctx) => {
  addItem(ctx, 'link', str(node.title))
  addWords(ctx.outline.words, str(node.title))
}

/** Portable Text block types verify reads, keyed by `_type`. */
export const documentHandlers: Record<string, DocumentHandler> = {
  block,
  table,
  callout,
  codeBlock,
  definitionList,
  figure,
  image: figure,
  attachment,
}
