import {addItem, count, type ReferenceHandler, textContainer} from '../context.ts'
import {plainText} from '../plainText.ts'

/** An admonition (`{note}`, `{admonition} Title`); the legacy notice is the document's flag. */
const admonition: ReferenceHandler = (node, ctx) => {
  const title = node.children?.find((child) => child.type === 'admonitionTitle')
  if (title && plainText(title).trim() === 'Legacy Wiki Page' && !ctx.region) {
    ctx.outline.legacyNotice = true
    count(ctx, 'legacy-notice')
    ctx.visit(node.children, {words: ctx.noticeWords, listDepth: 0, category: 'legacy-notice'})
    return
  }
  addItem(ctx, 'admonition', plainText(node))
  ctx.visit(node.children, {listDepth: 0})
}

const table: ReferenceHandler = (node, ctx) => {
  addItem(ctx, 'table', plainText(node))
  ctx.visit(node.children, {listDepth: 0})
}

/** A pipe-table cell holds phrasing content: one paragraph when it has any text. */
const tableCell: ReferenceHandler = (node, ctx) => {
  const text = plainText(node)
  addItem(ctx, 'tableCell', text)
  if (text.trim()) addItem(ctx, 'paragraph', text)
  textContainer(node, ctx)
}

const definitionTerm: ReferenceHandler = (node, ctx) => {
  addItem(ctx, 'definitionItem', plainText(node))
  textContainer(node, ctx)
}

/** A description of phrasing content only is one paragraph. */
const definitionDescription: ReferenceHandler = (node, ctx) => {
  const phrasing = node.children?.every((child) => !child.children || ['emphasis', 'strong', 'link', 'delete'].includes(child.type))
  if (!phrasing) return ctx.visit(node.children, {listDepth: 0})
  if (plainText(node).trim()) addItem(ctx, 'paragraph', plainText(node))
  textContainer(node, ctx)
}

/** `{toctree}`: the JS parser leaves an empty `toc`; Sphinx shows the entries' titles. */
const mystDirective: ReferenceHandler = (node, ctx) => {
  if (node.name === 'toctree') count(ctx, 'toctree')
  ctx.visit(node.children)
}

/** Admonitions, tables, definitions and directives: blocks that hold other blocks. */
export const containerHandlers: Record<string, ReferenceHandler> = {
  admonition,
  admonitionTitle: textContainer,
  table,
  tableCell,
  definitionTerm,
  definitionDescription,
  mystDirective,
}
