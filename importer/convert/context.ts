import type {Token} from 'markdown-it'
import type {BodyBlock, ImportWarning} from '../types.ts'

/** What the whole page accumulates while its blocks convert, nested bodies included. */
export interface PageState {
  title?: string
  legacyNotice: boolean
  toctree: string[]
  warnings: ImportWarning[]
}

/** An open markdown list while its items convert. */
export interface ListFrame {
  listItem: 'bullet' | 'number'
}

/**
 * Where converted blocks go and what surrounds them. A callout body, a table cell or a
 * directive body gets its own context (see {@link childContext}); lists and quotes inside it
 * start afresh.
 */
export interface BlockContext {
  page: PageState
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
}

/** A context for a nested body (callout, cell, definition), sharing the page state. */
export function childContext(parent: BlockContext, tokens: Token[], lineOffset: number, simple: boolean): BlockContext {
  return {page: parent.page, tokens, out: [], simple, lineOffset, lists: [], quoteDepth: 0, isRoot: false}
}

/** 1-based page line of a block token, or undefined for tokens without a source map. */
export function lineOf(ctx: BlockContext, token: Token): number | undefined {
  return token.map ? token.map[0] + 1 + ctx.lineOffset : undefined
}

/** Records a warning on the page. */
export function warn(ctx: BlockContext, code: string, message: string, line?: number): void {
  ctx.page.warnings.push(line === undefined ? {code, message} : {code, message, line})
}

/** A block token handler: converts the construct that starts at `index`, returns the next index. */
export type BlockHandler = (ctx: BlockContext, index: number) => number

/** Index of the token that closes the container opened at `index` (same level, nesting -1). */
export function findClose(tokens: Token[], index: number): number {
  const level = tokens[index].level
  let i = index + 1
  while (i < tokens.length && !(tokens[i].nesting === -1 && tokens[i].level === level)) i++
  return i
}
