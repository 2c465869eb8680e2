import {destination} from './destination.ts'
import type {PtNode, WriteContext} from './types.ts'

/** Writes an inline object (a non-span child of a text block) as inline MyST. */
export type InlineObjectWriter = (node: PtNode, ctx: WriteContext) => string

/**
 * Inline objects keyed by `_type`. `inlineImage` is the converter's shape for an image inside
 * running text (`alt`, `sourceUrl`, and `href` when the image sits in a link, as a badge does):
 * written as `![alt](src)`, inside `[…](href)` when it has one. A new inline object is a new entry.
 */
export const inlineObjectWriters: Record<string, InlineObjectWriter> = {
  inlineImage: (node, ctx) => {
    const src = typeof node.sourceUrl === 'string' ? node.sourceUrl : ctx.links.assetHref(node.asset, 'image')
    const alt = typeof node.alt === 'string' ? node.alt : ''
    if (src === undefined) {
      ctx.problem('image-without-address', 'an inline image with neither an address nor an uploaded image was left out')
      return ''
    }
    const image = `![${alt}](${destination(src)})`
    return typeof node.href === 'string' ? `[${image}](${destination(node.href)})` : image
  },
}
