import type {GenericNode} from 'myst-common'
import type {Category} from '../categories.ts'
import {addWords, itemText, shown} from '../outlineWords.ts'
import type {Outline, Region, Words} from '../types.ts'
import {plainText} from './plainText.ts'

/** What a handler gets: where it is in the page, and the reader itself for nested content. */
export interface ReferenceContext {
  /** The page's source lines, to tell a colon fence from a backtick fence. */
  lines: string[]
  /** Sphinx's level for each heading that opens a section (sectionLevels). */
  levels: Map<GenericNode, number>
  outline: Outline
  /** Words of the legacy notice, compared only when the document lacks its flag. */
  noticeWords: Words
  /** List nesting depth and kind for list items below. */
  listDepth: number
  ordered: boolean
  /** Set inside content the importer treats differently on purpose. */
  region?: Region
  /** Set inside content the document carries elsewhere (the legacy notice): its items' category. */
  category?: Category
  /** Words go here: the region's, the notice's, or the page's visible words. */
  words: Words
  /** Reads child nodes, optionally with a changed context. */
  visit(nodes: GenericNode[] | undefined, patch?: Partial<ReferenceContext>): void
  /** Reads a nested source (a div's body) as a page of its own. */
  parseFragment(source: string): Outline
}

export type ReferenceHandler = (node: GenericNode, ctx: ReferenceContext) => void

/**
 * The icon's typed text is in an item's text (the document keeps it there) but not among the
 * words the wiki shows; the moin-icon region explains the document's copy.
 */
export const notShown = (node: GenericNode) => node.type === 'moinIcon'

/** Adds a structural item; inside a region or the notice it carries that category. */
export function addItem(ctx: ReferenceContext, key: string, text: string, category = ctx.category ?? ctx.region?.category): void {
  ctx.outline.items.push({key, text: itemText(text), shown: shown(text), ...(category ? {category} : {})})
}

/** Counts one occurrence of a named category on the page. */
export function count(ctx: ReferenceContext, category: Category): void {
  ctx.outline.categories[category] = (ctx.outline.categories[category] ?? 0) + 1
}

/** Opens a region of content the importer treats differently on purpose. */
export function openRegion(ctx: ReferenceContext, category: Category, raw: string): Region {
  const region: Region = {category, words: new Map(), raw}
  ctx.outline.regions.push(region)
  return region
}

/**
 * Words are taken per text container (heading, paragraph, cell, term, title, code), never per
 * text node, so that `foo*bar*` is one word on both sides, as a reader sees it.
 */
export const textContainer: ReferenceHandler = (node, ctx) => {
  addWords(ctx.words, plainText(node, notShown))
  ctx.visit(node.children)
}

