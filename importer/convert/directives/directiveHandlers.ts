import {CALLOUT_KINDS} from '../../../schemas/options.ts'
import {parseMarkdown} from '../../parse/parseMarkdown.ts'
import type {Directive} from '../../parse/parseDirective.ts'
import type {Callout, SimpleBlock} from '../../types.ts'
import {type BlockContext, childContext, warn} from '../context.ts'
import {convertBlocks} from '../convertBlocks.ts'
import {emitBlock} from '../emitBlock.ts'

/** Where a directive sits: its fence line, and the page line just before its body's first line. */
export interface DirectivePosition {
  line: number
  bodyLineOffset: number
}

/** Converts one parsed MyST directive into page state or blocks. */
export type DirectiveHandler = (ctx: BlockContext, directive: Directive, position: DirectivePosition) => void

/** The title of the admonition every migrated page carries; it becomes `legacyNotice`. */
export const LEGACY_NOTICE_TITLE = 'Legacy Wiki Page'

/**
 * How deep directives nest before a body is kept as code. Each level parses its body again, and
 * fences one backtick longer per level nest up to the square root of the page size: without a
 * bound, a 1 MB page of nested notes took 13 s (n^1.5). The wiki nests none.
 */
export const MAX_DIRECTIVE_NESTING = 8

/** Directive bodies being converted right now (conversion is synchronous, so a counter does). */
let nesting = 0

function bodyBlocks(ctx: BlockContext, directive: Directive, position: DirectivePosition): SimpleBlock[] {
  if (nesting >= MAX_DIRECTIVE_NESTING) {
    warn(ctx, 'directive-too-deep', `directives nested more than ${MAX_DIRECTIVE_NESTING} deep; the body of {${directive.name}} is kept as code`, position.line)
    const kept = childContext(ctx, [], position.bodyLineOffset, true)
    emitBlock(kept, {_type: 'codeBlock', _key: '', code: directive.body.replace(/\n$/, '')}, position.line)
    return kept.out as SimpleBlock[]
  }
  nesting++
  try {
    const body = childContext(ctx, parseMarkdown(directive.body), position.bodyLineOffset, true)
    convertBlocks(body)
    return body.out as SimpleBlock[]
  } finally {
    nesting--
  }
}

function callout(kind: string, title: string, body: SimpleBlock[]): Callout {
  const block: Callout = {_type: 'callout', _key: '', kind, body}
  if (title) block.title = title
  return block
}

/** `{note}`, `{warning}`, ...: a callout of that kind, the argument (if any) as its title. */
const namedAdmonition: DirectiveHandler = (ctx, directive, position) => {
  emitBlock(ctx, callout(directive.name, directive.argument, bodyBlocks(ctx, directive, position)), position.line)
}

/** `{admonition} Title`: the legacy notice becomes a flag; any other is a titled callout. */
const admonition: DirectiveHandler = (ctx, directive, position) => {
  if (directive.argument === LEGACY_NOTICE_TITLE) {
    ctx.page.legacyNotice = true
    return
  }
  emitBlock(ctx, callout('admonition', directive.argument, bodyBlocks(ctx, directive, position)), position.line)
}

/** `{toctree}`: entries in order, options (`:hidden:`, `:maxdepth:`) skipped, never body text. */
const toctree: DirectiveHandler = (ctx, directive) => {
  for (const line of directive.body.split('\n')) {
    const entry = line.trim()
    if (entry) ctx.page.toctree.push(entry)
  }
}

/** `{code-block} python` and friends: a code block in that language. */
const code: DirectiveHandler = (ctx, directive, position) => {
  const block = {_type: 'codeBlock' as const, _key: '', code: directive.body.replace(/\n$/, ''), language: directive.argument || undefined}
  if (!block.language) delete block.language
  emitBlock(ctx, block, position.line)
}

/**
 * A directive without a mapping: its body is kept as a generic callout titled with the
 * directive (`{name} argument`) so that nothing is lost, and the page gets a warning.
 */
export const unknownDirective: DirectiveHandler = (ctx, directive, position) => {
  warn(ctx, 'unknown-directive', `directive {${directive.name}} has no mapping; kept as a callout`, position.line)
  const title = `{${directive.name}}${directive.argument ? ` ${directive.argument}` : ''}`
  emitBlock(ctx, callout('admonition', title, bodyBlocks(ctx, directive, position)), position.line)
}

/** MyST directives keyed by name. A new directive is a new entry. */
export const directiveHandlers: Record<string, DirectiveHandler> = {
  ...Object.fromEntries(CALLOUT_KINDS.filter(({value}) => value !== 'admonition').map(({value}) => [value, namedAdmonition])),
  admonition,
  toctree,
  code,
  'code-block': code,
  sourcecode: code,
}
