import type {Token} from 'markdown-it'
import type {Figure} from '../../types.ts'
import {type BlockContext, type BlockHandler, lineOf, warn} from '../context.ts'
import {emitBlock} from '../emitBlock.ts'
import {convertInline, plainText} from '../inline/convertInline.ts'
import {imageSource} from '../inline/imageSource.ts'
import {itemFrame, listItemText} from './listItemText.ts'
import {paragraphStyle, textBlock} from './textBlock.ts'

/**
 * True when a paragraph holds nothing but images, the line breaks and whitespace between them,
 * and a trailing `\`: pandoc ends an image line with a backslash to keep it from becoming a
 * figure with a caption, and CommonMark shows a backslash that ends a paragraph as text.
 */
function isImageOnly(children: Token[] | null): children is Token[] {
  if (!children) return false
  let images = 0
  for (let i = 0; i < children.length; i++) {
    const child = children[i]
    if (child.type === 'image') images++
    else if (child.type === 'softbreak' || child.type === 'hardbreak') continue
    else if (child.type === 'text' && child.content.trim() === '') continue
    else if (child.type === 'text' && child.content.trim() === '\\' && i === children.length - 1) continue
    else return false
  }
  return images > 0
}

function figure(image: Token): Figure {
  const {src, title} = imageSource(image)
  const result: Figure = {_type: 'figure', _key: '', sourceUrl: src}
  if (image.content) result.alt = image.content
  // pandoc repeats the address as the title of untitled images; only a real title is a caption.
  if (title && title !== src && title !== image.content) result.caption = title
  return result
}

/** `paragraph_open inline paragraph_close`: a text block, or figures for a paragraph of images. */
function paragraph(ctx: BlockContext, index: number): number {
  const inline = ctx.tokens[index + 1]
  const item = itemFrame(ctx)
  // In a list item's own text an image stays inline, inside the item, rather than a figure after it.
  if (!item && isImageOnly(inline.children)) {
    for (const child of inline.children) if (child.type === 'image') emitBlock(ctx, figure(child))
    return index + 3
  }
  const result = convertInline(ctx, inline.children, lineOf(ctx, ctx.tokens[index]))
  if (item) listItemText(ctx, item, result, ctx.tokens[index])
  else if (result.children.length > 0) emitBlock(ctx, textBlock(ctx, paragraphStyle(ctx), result))
  return index + 3
}

/**
 * The level a reader saw for a markdown heading of `level` (1–6). MyST-Parser nests sections
 * the way `update_section_level_state` does (myst_parser/mdit_to_docutils/base.py): a heading's
 * parent is the open section of the highest level below its own, so a `####` right under a `##`
 * is its child; Sphinx renders a section at depth d as h{d}. The page's title is depth 1, so the
 * first sub-heading is h2 and no level is skipped. Depth 1 (a second H1) becomes h2: the title
 * is the only H1 a document has. Deeper than 6 stays h6, as in HTML.
 */
function readerStyle(ctx: BlockContext, level: number): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  const open = ctx.page.sectionLevels
  while (open.length > 0 && open[open.length - 1] >= level) open.pop()
  open.push(level)
  return `h${Math.min(Math.max(open.length, 2), 6)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
}

/**
 * `heading_open inline heading_close`. The page's first H1 is its title, not a block; other
 * headings take the level a reader of the wiki saw (see {@link readerStyle}). In a callout, cell
 * or definition (a simple context) a heading is lowered to bold text by `emitBlock`, as
 * MyST-Parser makes it a rubric there; it opens no section.
 */
function heading(ctx: BlockContext, index: number): number {
  const open = ctx.tokens[index]
  const line = lineOf(ctx, open)
  const result = convertInline(ctx, ctx.tokens[index + 1].children, line)
  const level = Number(open.tag.slice(1))
  if (level === 1 && ctx.isRoot && ctx.page.title === undefined) {
    ctx.page.title = plainText(result).trim()
    ctx.page.sectionLevels.push(1)
    if (result.markDefs.length > 0) warn(ctx, 'title-link-dropped', 'links in the page title kept as text only', line)
    return index + 3
  }
  if (level === 1 && !ctx.simple) warn(ctx, 'extra-h1', `second H1 "${plainText(result)}" became h2`, line)
  const style = ctx.simple ? 'h2' : readerStyle(ctx, level)
  if (result.children.length > 0) emitBlock(ctx, textBlock(ctx, style, result))
  return index + 3
}

/** Paragraphs and headings. */
export const paragraphHandlers: Record<string, BlockHandler> = {
  paragraph_open: paragraph,
  heading_open: heading,
}
