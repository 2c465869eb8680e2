import type {GenericNode} from 'myst-common'
import type {Category} from '../categories.ts'
import {addWords, itemText, mergeWords, shown} from '../outlineWords.ts'
import type {Outline, Region, Words} from '../types.ts'
import {safeDecode} from '../safeDecode.ts'

/** What a handler gets: where it is in the page, and the reader itself for nested content. */
export interface ReferenceContext {
  /** The page's source lines, to tell a colon fence from a backtick fence. */
  lines: string[]
  /** Sphinx's level for each top-level heading (sectionLevels). */
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
const notShown = (node: GenericNode) => node.type === 'moinIcon'

/** Inline node types: their text runs on with their neighbours'. */
const PHRASING = new Set(['text', 'inlineCode', 'emphasis', 'strong', 'delete', 'link', 'image', 'break', 'html', 'footnoteReference', 'moinIcon', 'subscript', 'superscript', 'abbreviation', 'mystRole', 'underline', 'smallcaps'])

/** The visible text of a subtree, as the reader sees it; blocks are separated by a space. */
export function plainText(node: GenericNode, skip: (child: GenericNode) => boolean = () => false): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code' || node.type === 'moinIcon') return node.value ?? ''
  if (node.type === 'break') return ' '
  if (!node.children) return ''
  let out = ''
  for (const child of node.children) {
    if (skip(child)) continue
    out += PHRASING.has(child.type) ? plainText(child, skip) : ` ${plainText(child, skip)} `
  }
  return out
}

function addItem(ctx: ReferenceContext, key: string, text: string, category = ctx.category ?? ctx.region?.category): void {
  ctx.outline.items.push({key, text: itemText(text), shown: shown(text), ...(category ? {category} : {})})
}

function count(ctx: ReferenceContext, category: Category): void {
  ctx.outline.categories[category] = (ctx.outline.categories[category] ?? 0) + 1
}

function openRegion(ctx: ReferenceContext, category: Category, raw: string): Region {
  const region: Region = {category, words: new Map(), raw}
  ctx.outline.regions.push(region)
  return region
}

/** A fence line, after any quote and list markers it shares its line with (`- ::: {}`). */
const COLON_FENCE = /^(?:[\s>]|[-*+]\s|\d{1,9}[.)]\s)*:{3,}/
const BACKTICK_FENCE = /^(?:[\s>]|[-*+]\s|\d{1,9}[.)]\s)*(?:`{3,}|~{3,})/
/** A pandoc simple or multiline table's rule: dashes, in one or more column runs. */
const SIMPLE_RULE = /^\s*-{3,}(?:\s+-{3,})*\s*$/m
/** The same with at least two columns: a lone `---` beside a paragraph is a plain rule. */
const COLUMN_RULES = /^\s*-{3,}(?:\s+-{3,})+\s*$/
/** A table drawn with `+---+` rules: pandoc's grid table, which MyST reads as a paragraph. */
const GRID_RULE = /^\s*\+[-=:+]{3,}/m

/**
 * Words are taken per text container (heading, paragraph, cell, term, title, code), never per
 * text node, so that `foo*bar*` is one word on both sides, as a reader sees it.
 */
const textContainer: ReferenceHandler = (node, ctx) => {
  addWords(ctx.words, plainText(node, notShown))
  ctx.visit(node.children)
}

/** Heading: the page's first H1 is its title; the rest get Sphinx's level. */
const heading: ReferenceHandler = (node, ctx) => {
  const text = plainText(node)
  const level = ctx.levels.get(node)
  if (level === 1 && !ctx.outline.title && !ctx.region) {
    ctx.outline.title = text.trim()
    return
  }
  if (level === 1) count(ctx, 'extra-h1')
  const key = level ? `heading h${Math.max(level, 2)}` : 'heading rubric'
  // A one-column simple table's row over its closing rule reads as a setext heading.
  const line = node.position ? ctx.lines[node.position.start.line - 1] ?? '' : ''
  const above = node.position ? ctx.lines[node.position.start.line - 2] ?? '' : ''
  if (!ctx.region && !line.trimStart().startsWith('#') && SIMPLE_RULE.test(above)) return drawnTable(node, ctx, key, 'simple-table')
  addItem(ctx, key, text)
  textContainer(node, ctx)
}

/**
 * A table drawn as text that MyST reads as a paragraph: a grid table (its first line a `+---+`
 * rule), or a row of a simple table (beside a rule of dash runs, which MyST reads as `<hr>`).
 */
function tableDrawnAsText(node: GenericNode, ctx: ReferenceContext): Category | undefined {
  if (!node.position || ctx.region) return undefined
  const {start, end} = node.position
  if (GRID_RULE.test(ctx.lines[start.line - 1] ?? '')) return 'grid-table'
  const [above, below] = [ctx.lines[start.line - 2] ?? '', ctx.lines[end.line] ?? '']
  // A one-column table has single dash runs, like `<hr>`: it needs a rule on both sides.
  const ruled = COLUMN_RULES.test(above) || COLUMN_RULES.test(below) || (SIMPLE_RULE.test(above) && SIMPLE_RULE.test(below))
  return ruled ? 'simple-table' : undefined
}

/**
 * Opens the region of a table drawn as text that MyST read as `node`: shown raw, so its words
 * stay visible; the region's copy explains the table the document makes of them.
 */
function drawnTable(node: GenericNode, ctx: ReferenceContext, key: string, drawn: Category): void {
  count(ctx, drawn)
  const region = openRegion(ctx, drawn, plainText(node))
  addWords(region.words, plainText(node))
  addItem(ctx, key, plainText(node), region.category)
  addWords(ctx.words, plainText(node, notShown))
  ctx.visit(node.children, {region})
}

/** A paragraph; a table drawn as one is shown raw on the wiki, so it is a region too. */
const paragraph: ReferenceHandler = (node, ctx) => {
  const drawn = tableDrawnAsText(node, ctx)
  if (drawn) return drawnTable(node, ctx, 'paragraph', drawn)
  addItem(ctx, 'paragraph', plainText(node))
  textContainer(node, ctx)
}

/**
 * A code block. One from a colon fence is a pandoc div: `::: {}` names no directive, so Sphinx
 * shows nothing; `::: note` is a literal block on the wiki. Either way the importer reads the
 * body as markdown, so the body's words are the region's and not compared as shown.
 */
const code: ReferenceHandler = (node, ctx) => {
  const line = node.position ? ctx.lines[node.position.start.line - 1] ?? '' : ''
  if (COLON_FENCE.test(line)) {
    const dropped = String(node.lang ?? '').startsWith('{')
    const category = dropped ? 'pandoc-div-dropped' : 'pandoc-div-raw'
    count(ctx, category)
    const region = openRegion(ctx, category, String(node.value ?? ''))
    const body = ctx.parseFragment(node.value ?? '')
    mergeWords(region.words, body.words)
    for (const inner of body.regions) mergeWords(region.words, inner.words)
    if (body.title) addWords(region.words, body.title)
    if (!dropped) addItem(ctx, 'code', node.value ?? '', region.category)
    return
  }
  // An indented block (no fence) drawn as a pandoc table: shown raw on the wiki, a table in the document.
  const value = String(node.value ?? '')
  const table = BACKTICK_FENCE.test(line) ? undefined : GRID_RULE.test(value) ? 'grid-table' : SIMPLE_RULE.test(value) ? 'simple-table' : undefined
  if (table && !ctx.region) {
    count(ctx, table)
    const region = openRegion(ctx, table, value)
    addWords(region.words, value)
    addItem(ctx, 'code', value, table)
    addWords(ctx.words, value)
    return
  }
  addItem(ctx, 'code', node.value ?? '')
  addWords(ctx.words, node.value ?? '')
}

/** Lists: depth and kind for the items below. */
const list: ReferenceHandler = (node, ctx) => ctx.visit(node.children, {listDepth: ctx.listDepth + 1, ordered: node.ordered === true})

/**
 * A list item: the paragraphs before its nested content are its text; nested lists, code blocks
 * and the rest are items of their own. A paragraph after nested content cannot be part of a flat
 * Portable Text item without moving above that content: it is counted apart (a paragraph still).
 */
const listItem: ReferenceHandler = (node, ctx) => {
  const children = node.children ?? []
  const nested = children.findIndex((child) => child.type !== 'paragraph')
  const own = nested < 0 ? children : children.slice(0, nested)
  const after = nested < 0 ? [] : children.slice(nested).filter((child) => child.type === 'paragraph')
  after.forEach(() => count(ctx, 'item-paragraph-after-nested'))
  addItem(ctx, `listItem ${ctx.ordered ? 'number' : 'bullet'} ${ctx.listDepth}`, own.map((child) => plainText(child)).join(' '))
  ctx.visit(node.children)
}

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

/** `{toctree}`: the JS parser leaves an empty `toc`; Sphinx shows the entries' titles. */
const mystDirective: ReferenceHandler = (node, ctx) => {
  if (node.name === 'toctree') count(ctx, 'toctree')
  ctx.visit(node.children)
}

const invisible: ReferenceHandler = () => {}

/** mdast node types verify reads, keyed by type; any other type is read through its children. */
export const referenceHandlers: Record<string, ReferenceHandler> = {
  admonitionTitle: textContainer,
  heading,
  paragraph,
  code,
  list,
  listItem,
  admonition,
  table,
  tableCell,
  definitionTerm,
  definitionDescription,
  link,
  image,
  moinIcon,
  mystDirective,
  mystComment: invisible,
  comment: invisible,
}
