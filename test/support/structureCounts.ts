import path from 'node:path'
import type {Token} from 'markdown-it'
import {mystParse} from 'myst-parser'
import {convertPage} from '../../importer/convert/convertPage.ts'
import {parseMarkdown} from '../../importer/parse/parseMarkdown.ts'
import type {PandocTable} from '../../importer/parse/splitPandocTable.ts'
import type {SourceFile} from '../../importer/types.ts'
import {MOIN_SMILEYS} from '../../importer/parse/moinSmileys.ts'

/** Counts of the constructs the converter must carry with the reader's structure. */
export interface StructureCounts {
  bulletItems: number
  numberItems: number
  images: number
  /** Headings by level, `h2`… (the page title, the first H1, not counted). */
  headings: Record<string, number>
}

interface MdNode {
  type: string
  url?: string
  depth?: number
  ordered?: boolean
  children?: MdNode[]
}

const SMILEY_FILES = new Set(MOIN_SMILEYS.values())

/**
 * MoinMoin's theme icons and smileys (`/wiki/…/img/smile.png`): text the author typed, which the
 * importer keeps as that text; every other image is a real one.
 */
function isMoinIcon(url: string): boolean {
  const address = decodeURI(url)
  return /\/wiki\/[^ ]*\/img\//.test(address) || SMILEY_FILES.has(address.replace(/^.*\//, '').replace(/ .*$/, ''))
}

function empty(): StructureCounts {
  return {bulletItems: 0, numberItems: 0, images: 0, headings: {}}
}

/**
 * The structure executablebooks' JavaScript MyST parser (mdast) sees in a page, with the wiki's
 * settings that it has (strikethrough; colon fences, deflist and tasklist are on by default).
 * Heading levels follow Sphinx's rule: section depth by order of first appearance of each
 * markdown level, the first (the title) being depth 1.
 */
export function mystCounts(source: string): StructureCounts {
  const counts = empty()
  const tree = mystParse(source, {extensions: {strikethrough: true}}) as MdNode
  const levels: number[] = []
  const walk = (node: MdNode, ordered: boolean | undefined): void => {
    if (node.type === 'listItem') {
      if (ordered) counts.numberItems++
      else counts.bulletItems++
    }
    if (node.type === 'image' && !isMoinIcon(String(node.url))) counts.images++
    if (node.type === 'heading' && node.depth) levels.push(node.depth)
    const childOrdered = node.type === 'list' ? Boolean(node.ordered) : ordered
    for (const child of node.children ?? []) walk(child, childOrdered)
  }
  walk(tree, undefined)
  const depths = sectionDepths(levels)
  // The first H1 is the page title; a page without one has all its headings in the body.
  const first = levels[0] === 1 ? 1 : 0
  for (let i = first; i < depths.length; i++) {
    const key = `h${Math.min(Math.max(depths[i], 2), 6)}`
    counts.headings[key] = (counts.headings[key] ?? 0) + 1
  }
  return counts
}

/**
 * Section depth of each markdown heading level, as MyST-Parser (Python) nests sections
 * (`update_section_level_state` in myst_parser/mdit_to_docutils/base.py): a heading's parent is
 * the open section of the highest level below its own; Sphinx's HTML writer then renders depth
 * d as h{d}. Written from that source, apart from the converter's own implementation.
 */
export function sectionDepths(levels: number[]): number[] {
  const open: number[] = []
  return levels.map((level) => {
    while (open.length > 0 && open[open.length - 1] >= level) open.pop()
    open.push(level)
    return open.length
  })
}

interface PtNode {
  _type?: string
  style?: string
  listItem?: string
  [key: string]: unknown
}

/** The same counts in a converted body (any nesting: callouts, cells, definitions). */
export function documentCounts(body: unknown[]): StructureCounts {
  const counts = empty()
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item)
      return
    }
    if (typeof value !== 'object' || value === null) return
    const node = value as PtNode
    if (node._type === 'block') {
      if (node.listItem === 'bullet' && !node.listContinuation) counts.bulletItems++
      if (node.listItem === 'number' && !node.listContinuation) counts.numberItems++
      if (node.style && /^h[2-6]$/.test(node.style)) counts.headings[node.style] = (counts.headings[node.style] ?? 0) + 1
    }
    if (node._type === 'figure' || node._type === 'inlineImage') counts.images++
    for (const key in node) if (key !== 'markDefs') visit(node[key])
  }
  visit(body)
  return counts
}

/** Every string a reader sees in a converted body as prose: span texts, titles, terms, alt texts (code blocks are verbatim and left out). */
export function documentTexts(body: unknown[]): string[] {
  const texts: string[] = []
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (['text', 'title', 'term', 'alt', 'caption'].includes(key)) texts.push(value)
      return
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, key)
      return
    }
    if (typeof value !== 'object' || value === null) return
    for (const [child, inner] of Object.entries(value)) visit(inner, child)
  }
  visit(body, '')
  return texts
}

/**
 * Pages with pandoc tables: myst-parser reads a grid table as text and a simple one (several
 * dash groups, or one indented dash line framing a one-column table) as a setext heading or
 * paragraphs, so its counts there miss what the importer keeps on purpose (the wiki's
 * readers saw the raw text too). Compared apart, never hidden.
 */
const PANDOC_TABLES = /^(?:[ \t]*\+-{3,}|[ \t]*-{3,} +-{3,}|[ \t]+-{3,}[ \t]*$)/m
/**
 * Pandoc `:::` fences. myst-parser reads `::: {}` as a directive named `{}` and drops its body,
 * as the wiki did; the importer keeps the content in place as if the fences were not there. On
 * such pages myst-parser reads the source with the fence lines removed.
 */
const DIV_FENCE = /^[ \t]*:{3,}.*$/gm

/** Totals and differing pages of a set of pages, converter vs myst-parser. */
export interface StructureComparison {
  pages: number
  /** Pages with pandoc tables, which myst-parser cannot read as the importer does (see PANDOC_TABLES). */
  apart: string[]
  /** Pages compared with their `:::` fence lines removed (see DIV_FENCE). */
  divsUnwrapped: string[]
  myst: StructureCounts
  documents: StructureCounts
  /** Compared pages whose count of a construct differs, as `path (myst vs documents)`. */
  differing: {bulletItems: string[]; numberItems: string[]; images: string[]; headings: string[]}
  /** Pages (all of them) with fewer images in the document than myst-parser finds. */
  imagesLost: string[]
  /** Image tokens of the importer's own parse (icons excluded), every page. */
  imageTokens: number
  /** Images in the documents, every page. */
  documentImages: number
  /** Pages whose prose still shows `:::`, with the text. */
  colons: {path: string; text: string}[]
}

function zero(): StructureCounts {
  return {bulletItems: 0, numberItems: 0, images: 0, headings: {}}
}

function add(sum: StructureCounts, counts: StructureCounts): void {
  sum.bulletItems += counts.bulletItems
  sum.numberItems += counts.numberItems
  sum.images += counts.images
  for (const [key, value] of Object.entries(counts.headings)) sum.headings[key] = (sum.headings[key] ?? 0) + value
}

function imageTokens(tokens: Token[]): number {
  let count = 0
  for (const token of tokens) {
    if (token.type === 'pandoc_table') for (const row of (token.meta as PandocTable).rows) for (const cell of row.cells) count += imageTokens(parseMarkdown(cell.text))
    for (const child of token.children ?? []) if (child.type === 'image') count++
  }
  return count
}

/** Converts each page and compares its list items, images and heading levels with myst-parser's reading. */
export function compareStructure(files: readonly SourceFile[]): StructureComparison {
  const result: StructureComparison = {
    pages: files.length,
    apart: [],
    divsUnwrapped: [],
    myst: zero(),
    documents: zero(),
    differing: {bulletItems: [], numberItems: [], images: [], headings: []},
    imagesLost: [],
    imageTokens: 0,
    documentImages: 0,
    colons: [],
  }
  for (const file of files) {
    const page = convertPage(file.text, {fallbackTitle: path.basename(file.path, '.md'), path: file.path})
    const apart = PANDOC_TABLES.test(file.text)
    // Only on pages without tables: on some of those (python/archive/ChangementsRécents.md) the
    // unfenced text takes myst-parser minutes.
    const hasDivs = !apart && DIV_FENCE.test(file.text)
    DIV_FENCE.lastIndex = 0
    if (hasDivs) result.divsUnwrapped.push(file.path)
    const myst = mystCounts(hasDivs ? file.text.replace(DIV_FENCE, '') : file.text)
    const doc = documentCounts(page.body)
    result.imageTokens += imageTokens(parseMarkdown(file.text))
    result.documentImages += doc.images
    if (doc.images < myst.images) result.imagesLost.push(`${file.path} (${myst.images} vs ${doc.images})`)
    for (const text of documentTexts(page.body)) if (text.includes(':::')) result.colons.push({path: file.path, text})
    if (apart) {
      result.apart.push(file.path)
      continue
    }
    add(result.myst, myst)
    add(result.documents, doc)
    for (const key of ['bulletItems', 'numberItems', 'images'] as const) {
      if (myst[key] !== doc[key]) result.differing[key].push(`${file.path} (${myst[key]} vs ${doc[key]})`)
    }
    const levels = (counts: StructureCounts) => JSON.stringify(Object.entries(counts.headings).sort())
    if (levels(myst) !== levels(doc)) result.differing.headings.push(file.path)
  }
  return result
}
