import {addWords} from '../../outlineWords.ts'
import {safeDecode} from '../../safeDecode.ts'
import {addItem, count, openRegion, type ReferenceHandler} from '../context.ts'
import {plainText} from '../plainText.ts'

/**
 * A link. One whose target no URL parser accepts — empty (`[PyQt]()`) or malformed
 * (`http://axesslab.com%3E`, judged by the WHATWG URL parser) — leads nowhere; the importer keeps
 * its text.
 */
const link: ReferenceHandler = (node, ctx) => {
  const url = String(node.url ?? '').trim()
  const invalid = !url || !URL.canParse(url, 'http://wiki.invalid/')
  if (invalid) count(ctx, 'invalid-href')
  addItem(ctx, 'link', plainText(node), invalid ? 'invalid-href' : undefined)
  ctx.visit(node.children)
}

/**
 * An image, paired by count (the document may hold an asset, not the address); its address,
 * percent-decoded as written (the parser encodes it), is what the report shows.
 */
const image: ReferenceHandler = (node, ctx) => {
  const category = ctx.category ?? ctx.region?.category
  ctx.outline.items.push({key: 'image', text: '', shown: safeDecode(String(node.url ?? '')), ...(category ? {category} : {})})
}

/** The text a MoinMoin icon's author typed: not shown by the wiki, kept by the importer. */
const moinIcon: ReferenceHandler = (node, ctx) => {
  const region = openRegion(ctx, 'moin-icon', String(node.value ?? ''))
  addWords(region.words, node.value ?? '')
}

/** Links, images and MoinMoin icons inside text. */
export const inlineHandlers: Record<string, ReferenceHandler> = {link, image, moinIcon}
