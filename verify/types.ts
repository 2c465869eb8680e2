/** Shapes shared by verify's reference reader, document reader and comparison. */
import type {Category} from './categories.ts'

/** Words as a multiset, counted by importer/fidelity/words.ts (runs of letters and digits, lower-cased). */
export type Words = Map<string, number>

/**
 * One structural item of a page: a heading, paragraph, list item, table, cell, image, code
 * block, admonition, definition item or link. `key` names the construct and its shape
 * (`heading h2`, `listItem number 2`), `text` its words, space-joined, for matching.
 */
export interface Item {
  key: string
  text: string
  /** On the reference side: the item lies in content the importer treats differently on purpose. */
  category?: Category
  /** The item's text as written, shortened, for a person reading the report. */
  shown?: string
  /** A link whose text is its own URL (what linkify makes of a bare URL). */
  urlText?: boolean
}

/**
 * Content the wiki's renderer drops or shows raw and the importer keeps or interprets: its
 * words explain document items and words the reference lacks.
 */
export interface Region {
  category: Category
  words: Words
  /** The region's text as written, to place a document item that has no words (`...`, `:::`). */
  raw: string
}

/** A page reduced to what verify compares, from either side. */
export interface Outline {
  /** The page title: the reference's first H1, the document's `title`. */
  title: string
  /** Structural items in reading order. */
  items: Item[]
  /** Words a reader sees (reference) or the body holds (document), title excluded. */
  words: Words
  /** Reference: where the importer differs on purpose. Document: none. */
  regions: Region[]
  /** Occurrences per named category met while reading (reference side). */
  categories: Partial<Record<Category, number>>
  /** Reference: the page carries the `{admonition} Legacy Wiki Page`. Document: its flag. */
  legacyNotice: boolean
  /** Reference only: the legacy notice's words, expected in the body only when the document lacks the flag. */
  noticeWords?: Words
  /** Document only: words held in fields other than the body (members, member-list entries...). */
  fieldWords?: Words
}

/** One construct's figures on one page (or summed over pages). */
export interface ConstructFigures {
  reference: number
  document: number
  /** Items on either side accounted for by a named category. */
  explained: number
  /** Reference items with no counterpart in the document, outside the categories. */
  missing: number
  /** Document items with no counterpart in the reference, outside the categories. */
  extra: number
}

/** The words of one page (or summed): how many a reader saw, and what differs. */
export interface WordFigures {
  reference: number
  document: number
  explained: number
  missing: number
  extra: number
}

/** verify's verdict on one page. */
export interface PageResult {
  sourcePath: string
  documentId?: string
  /** `same`: no difference; `explained`: differences only in named categories; `differs`: others too. */
  status: 'same' | 'explained' | 'differs' | 'no-document' | 'error'
  error?: string
  title?: {reference: string; document: string; category?: Category}
  words?: WordFigures & {missingWords: string[]; extraWords: string[]}
  /** Keyed by construct (`heading h2`, `listItem bullet 1`, `tableCell`...). */
  constructs?: Record<string, ConstructFigures>
  /**
   * Differences counted apart, per named category: how often the page has the construct
   * (`met`), and the items and words of the comparison it accounts for.
   */
  categories?: Partial<Record<Category, {met: number; items: number; words: number}>>
  /** The unexplained items, for a person: `missing listItem bullet 1: "second paragraph"`. */
  examples?: string[]
}
