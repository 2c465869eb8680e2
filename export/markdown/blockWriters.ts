import {CALLOUT_KINDS} from '../../schemas/options.ts'
import {escapeOneLine} from './escapeOneLine.ts'
import {fenceFor} from './fenceFor.ts'
import {destination} from './destination.ts'
import type {BlockWriter, PtNode} from './types.ts'
import {writeGridTable} from './writeGridTable.ts'
import {writeInline} from './writeInline.ts'

const HEADINGS: Record<string, string> = {h1: '#', h2: '##', h3: '###', h4: '####', h5: '#####', h6: '######'}
const CALLOUTS = new Set<string>(CALLOUT_KINDS.map(({value}) => value))
/** A line the importer's directive reader would take for an option (`:class: note`). */
const OPTION_LINE = /^:[\w-]+:/

/** A text block that is no list item and no quote (those are grouped by `writeBlocks`): a paragraph or a heading. */
const textBlock: BlockWriter = (block, ctx) => {
  const style = String(block.style ?? 'normal')
  const marker = HEADINGS[style]
  if (marker) return `${marker} ${writeInline(block, ctx, true)}`
  if (style !== 'normal' && style !== 'blockquote') ctx.problem('unknown-style', `text style "${style}" has no MyST form; written as a paragraph`)
  return writeInline(block, ctx)
}

/** A fenced code block; a language with spaces needs the `{code-block}` directive, whose argument keeps it whole. */
const codeBlock: BlockWriter = (block, ctx) => {
  const code = String(block.code ?? '')
  const language = typeof block.language === 'string' ? block.language : ''
  const fence = fenceFor(code)
  if (/\s|^\{|`/.test(language)) {
    if (OPTION_LINE.test(code)) ctx.problem('code-option-line', 'code starting with an option-like line inside {code-block}: that line is read as an option')
    return `${fence}{code-block} ${language}\n${code}\n${fence}`
  }
  return `${fence}${language}\n${code}\n${fence}`
}

/** A callout as the MyST directive of its kind (`{note}`, `{admonition} Title`), the body written inside. */
const callout: BlockWriter = (block, ctx) => {
  const kind = String(block.kind ?? 'note')
  const title = typeof block.title === 'string' ? block.title : ''
  if (!CALLOUTS.has(kind)) ctx.problem('unknown-callout', `callout kind "${kind}" is no admonition the importer knows`)
  if (kind === 'admonition' && !title) ctx.problem('untitled-admonition', 'an {admonition} without a title: Sphinx requires one')
  if (title.includes('\n')) ctx.problem('title-newline', 'a callout title with a line break was joined into one line')
  const body = ctx.writeBlocks((block.body as PtNode[] | undefined) ?? [])
  const fence = fenceFor(body)
  const argument = title ? ` ${title.replace(/\n/g, ' ')}` : ''
  return `${fence}{${kind}}${argument}\n${body}${body ? '\n' : ''}${fence}`
}

/** A definition list: the term on its line, the description after `:   `, indented four spaces below it. */
const definitionList: BlockWriter = (block, ctx) =>
  ((block.items as PtNode[] | undefined) ?? [])
    .map((item) => {
      const term = String(item.term ?? '')
      if (term.trim() === '') ctx.problem('empty-term', 'a definition without a term cannot be written as a definition list item')
      const lines = ctx.writeBlocks((item.description as PtNode[] | undefined) ?? []).split('\n')
      const description = lines.map((line, i) => (i === 0 ? `:   ${line}` : line ? `    ${line}` : '')).join('\n')
      return `${escapeOneLine(term)}\n${description}`
    })
    .join('\n\n')

/** A figure as an image alone in its paragraph (what the importer reads as a figure), the caption as its title. */
const figure: BlockWriter = (block, ctx) => {
  const src = typeof block.sourceUrl === 'string' ? block.sourceUrl : ctx.links.assetHref(block.asset, 'image')
  if (src === undefined) {
    ctx.problem('figure-without-image', 'a figure with neither an address nor an uploaded image was left out')
    return ''
  }
  // markdown-it gives an image's label source as its alt, escapes and all: the alt is written as it is.
  const alt = typeof block.alt === 'string' ? block.alt : ''
  if (/[[\]\n]/.test(alt)) ctx.problem('image-label', `image alt "${alt}" holds brackets or a line break`)
  const caption = typeof block.caption === 'string' && block.caption ? ` "${block.caption.replace(/["\\]/g, '\\$&')}"` : ''
  return `![${alt}](${destination(src)}${caption})`
}

/** An attachment block (made in the Studio; the importer makes attachment links) as a link to the file on its own line. */
const attachment: BlockWriter = (block, ctx) => {
  const href = ctx.links.attachmentHref(block, typeof block.sourcePath === 'string' ? block.sourcePath : undefined)
  const title = escapeOneLine(String(block.title ?? ''))
  if (href === undefined) return title
  return `[${title}](${destination(href)})`
}

/**
 * Block writers keyed by `_type`: each writes the block in the form the importer reads back to
 * the same structure. List items and quotes are grouped by `writeBlocks` before they get here.
 * A new block type is a new entry.
 */
export const blockWriters: Record<string, BlockWriter> = {
  block: textBlock,
  codeBlock,
  callout,
  table: writeGridTable,
  definitionList,
  figure,
  attachment,
}
