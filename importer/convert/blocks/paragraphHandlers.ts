import type {Token} from 'markdown-it'
import type {Figure} from '../../types.ts'
import {type BlockContext, type BlockHandler, lineOf, warn} from '../context.ts'
import {emitBlock} from '../emitBlock.ts'
import {convertInline, plainText} from '../inline/convertInline.ts'
import {paragraphStyle, textBlock} from './textBlock.ts'

/** True when a paragraph holds nothing but images and the whitespace between them. */
function isImageOnly(children: Token[] | null): children is Token[] {
  if (!children) return false
  let images = 0
  for (const child of children) {
    if (child.type === 'image') images++
    else if (child.type !== 'softbreak' && !(child.type === 'text' && child.content.trim() === '')) return false
  }
  return images > 0
}

function figure(image: Token): Figure {
  const src = image.attrGet('src') ?? ''
  const title = image.attrGet('title')
  const result: Figure = {_type: 'figure', _key: '', sourceUrl: src}
  if (image.content) result.alt = image.content
  // pandoc repeats the address as the title of untitled images; only a real title is a caption.
  if (title && title !== src && title !== image.content) result.caption = title
  return result
}

/** `paragraph_open inline paragraph_close`: a text block, or figures for a paragraph of images. */
function paragraph(ctx: BlockContext, index: number): number {
  const inline = ctx.tokens[index + 1]
  if (isImageOnly(inline.children)) {
    for (const child of inline.children) if (child.type === 'image') emitBlock(ctx, figure(child))
    return index + 3
  }
  const result = convertInline(ctx, inline.children, lineOf(ctx, ctx.tokens[index]))
  if (result.children.length > 0) emitBlock(ctx, textBlock(ctx, paragraphStyle(ctx), result))
  return index + 3
}

/**
 * `heading_open inline heading_close`. The page's first H1 is its title, not a block; later H1s
 * become h2 because the document's title is the only H1 a page may have.
 */
function heading(ctx: BlockContext, index: number): number {
  const open = ctx.tokens[index]
  const line = lineOf(ctx, open)
  const result = convertInline(ctx, ctx.tokens[index + 1].children, line)
  if (open.tag === 'h1' && ctx.isRoot && ctx.page.title === undefined) {
    ctx.page.title = plainText(result).trim()
    if (result.markDefs.length > 0) warn(ctx, 'title-link-dropped', 'links in the page title kept as text only', line)
    return index + 3
  }
  let style = open.tag as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
  if (style === 'h1') {
    warn(ctx, 'extra-h1', `second H1 "${plainText(result)}" became h2`, line)
    style = 'h2'
  }
  if (result.children.length > 0) emitBlock(ctx, textBlock(ctx, style, result))
  return index + 3
}

/** Paragraphs and headings. */
export const paragraphHandlers: Record<string, BlockHandler> = {
  paragraph_open: paragraph,
  heading_open: heading,
}
