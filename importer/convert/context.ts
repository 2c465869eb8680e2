import type {Token} from 'markdown-it'
import type {Directive} from '../parse/parseDirective.ts'
import type {BodyBlock, ImportWarning, SimpleBlock, TextBlock} from '../types.ts'

/** What the whole page accumulates while its blocks convert, nested bodies included. */
export interface PageState {
  title?: string
  legacyNotice: boolean
  toctree: string[]
  warnings: ImportWarning[]
  /** Markdown heading level → Sphinx section depth, in order of first appearance (see `heading`). */
  sectionLevels: number[]
}

/** An open markdown list while its items convert. */
export interface ListFrame {
  listItem: 'bullet' | 'number'
  /** Portable Text `level` of this list's items (1 for a top-level list). */
  level: number
  /** `quoteDepth` where the list opened: a paragraph deeper in quotes is nested in the item, not its text. */
  quoteDepth: number
  /** The open item's text block, once it has one. Every source item gets exactly one. */
  itemBlock?: TextBlock
  /** True once other blocks (a nested list, code, a table…) followed the item's text: later paragraphs of the item cannot join it. */
  interrupted: boolean
}

/** Where a directive sits: its fence line, and the page line just before its body's first line. */
export interface DirectivePosition {
  line: number
  bodyLineOffset: number
}

/** Converts one parsed MyST directive into page state or blocks. */
export type DirectiveHandler = (ctx: BlockContext, directive: Directive, position: DirectivePosition) => void

/** A block token handler: converts the construct that starts at `index`, returns the next index. */
export type BlockHandler = (ctx: BlockContext, index: number) => number

/** The handler tables a conversion runs through; `convertPage` merges caller overrides into them. */
export interface Handlers {
  /** Keyed by markdown-it block token type. */
  blocks: Record<string, BlockHandler>
  /** Keyed by MyST directive name. */
  directives: Record<string, DirectiveHandler>
}

/** A nested body to convert: a token range, or a whole token stream of its own. */
export interface NestedBody {
  tokens: Token[]
  /** First token of the body (default 0). */
  from?: number
  /** Token after the body's last (default: the end of `tokens`). */
  to?: number
  /** Added to a token's 0-based line to get the 1-based page line. */
  lineOffset: number
}

/**
 * Where converted blocks go and what surrounds them. A callout body, a table cell or a
 * directive body converts through {@link BlockContext.convertNested}; lists and quotes inside
 * it start afresh.
 */
export interface BlockContext {
  page: PageState
  handlers: Handlers
  /** The token stream being walked (a directive body has its own). */
  tokens: Token[]
  /** Blocks converted so far, in order; `_key`s are indexes into this array. */
  out: BodyBlock[]
  /** True for `simpleBlockContent` targets: no headings, tables, callouts or definition lists. */
  simple: boolean
  /** Added to a token's 0-based line to get the 1-based line in the page. */
  lineOffset: number
  lists: ListFrame[]
  quoteDepth: number
  /** True only for the page body itself: the title H1 can only come from there. */
  isRoot: boolean
  /**
   * Converts a nested body (callout, cell, definition, directive) as `simpleBlockContent`,
   * sharing the page state, and returns its blocks. Handlers recurse through this, the way
   * markdown-it hands its rules the renderer, instead of importing the walker back.
   */
  convertNested(body: NestedBody): SimpleBlock[]
}

/** 1-based page line of a block token, or undefined for tokens without a source map. */
export function lineOf(ctx: BlockContext, token: Token): number | undefined {
  return token.map ? token.map[0] + 1 + ctx.lineOffset : undefined
}

/** Records a warning on the page. */
export function warn(ctx: BlockContext, code: string, message: string, line?: number): void {
  ctx.page.warnings.push(line === undefined ? {code, message} : {code, message, line})
}

/** Index of the token that closes the container opened at `index` (same level, nesting -1). */
export function findClose(tokens: Token[], index: number): number {
  const level = tokens[index].level
  let i = index + 1
  while (i < tokens.length && !(tokens[i].nesting === -1 && tokens[i].level === level)) i++
  return i
}
