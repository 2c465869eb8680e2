import type {Token} from 'markdown-it'
import type {InlineImage} from '../../types.ts'
import {warn} from '../context.ts'
import {htmlElementName} from './htmlText.ts'
import {imageSource} from './imageSource.ts'
import {appendText, type InlineState, popMark, pushMark} from './inlineState.ts'

/** Converts one inline token into spans, marks or mark definitions. */
export type InlineHandler = (state: InlineState, token: Token) => void

const NBSP = /\u00a0/g
/** A pandoc attribute such as `{.backtick}` that the MyST export left after a code span. */
const PANDOC_ATTRIBUTE = /^\{[.#][^}\n]*\}/

function text(state: InlineState, token: Token): void {
  let content = token.content
  if (state.previous === 'code_inline' && content.charCodeAt(0) === 0x7b) content = content.replace(PANDOC_ATTRIBUTE, '')
  // The reader sees a non-breaking space as a space; editors and search handle a plain one better.
  if (content.includes('\u00a0')) content = content.replace(NBSP, ' ')
  // Links with spaces in the target are parsed (parse/spacedLinkRule.ts); what still shows `](`
  // is syntax a reader saw as text too: pandoc's escaped `\[label\](url)`, MoinMoin's
  // `[x.pdf]( "Upload new attachment ...")`, a `file:` target. It stays, and is reported.
  if (content.includes('](')) warn(state.ctx, 'unparsed-link', `link syntax left as text: ${content.trim().slice(0, 80)}`, state.line)
  appendText(state, content)
}

function decorator(mark: string): [InlineHandler, InlineHandler] {
  return [(state) => pushMark(state, mark), (state) => popMark(state, mark)]
}

const [strongOpen, strongClose] = decorator('strong')
const [emOpen, emClose] = decorator('em')
const [strikeOpen, strikeClose] = decorator('strike-through')

function codeInline(state: InlineState, token: Token): void {
  pushMark(state, 'code')
  appendText(state, token.content)
  popMark(state, 'code')
}

function linkOpen(state: InlineState, token: Token): void {
  const key = `m${state.markDefs.length}`
  state.markDefs.push({_type: 'link', _key: key, href: token.attrGet('href') ?? ''})
  state.openLinks.push(key)
  pushMark(state, key)
}

function linkClose(state: InlineState): void {
  const key = state.openLinks.pop()
  if (key) popMark(state, key)
}

/**
 * An image in running text (beside words, a badge inside a link, one of several images on a
 * line) is an inline image among the spans, where the reader saw it. Inline objects carry no
 * marks, so an enclosing link's target goes on the image as `href`. A paragraph holding only
 * images becomes figures instead (see paragraphHandlers).
 */
function image(state: InlineState, token: Token): void {
  const {src} = imageSource(token)
  const inline: InlineImage = {_type: 'inlineImage', _key: `i${state.children.length}`, sourceUrl: src}
  if (token.content) inline.alt = token.content
  const link = state.openLinks[state.openLinks.length - 1]
  if (link !== undefined) {
    const def = state.markDefs.find((candidate) => candidate._key === link)
    if (def?._type === 'link') inline.href = def.href
    state.imageLinks.add(link)
  }
  state.children.push(inline)
}

function moinIcon(state: InlineState, token: Token): void {
  if (token.content) appendText(state, token.content)
  else warn(state.ctx, 'dropped-icon', `MoinMoin icon ${token.meta?.src} has no text`, state.line)
}

function htmlInline(state: InlineState, token: Token): void {
  const tag = token.content
  if (tag.startsWith('<!--')) return
  const element = htmlElementName(tag)
  if (element === undefined) {
    // `<jafo>` in an IRC log or `<module>` in prose: not HTML, the wiki showed it as text.
    appendText(state, tag)
    return
  }
  if (element === 'br' || element === 'wbr') {
    if (element === 'br') appendText(state, '\n')
    return
  }
  warn(state.ctx, 'dropped-html', `inline HTML tag ${tag} dropped, its text kept`, state.line)
}

/**
 * Inline token handlers keyed by markdown-it token type. Block handlers look a type up here;
 * a type missing from the table keeps its text and is reported as `unmapped-inline`.
 */
export const inlineHandlers: Record<string, InlineHandler> = {
  text,
  text_special: text,
  softbreak: (state) => appendText(state, ' '),
  hardbreak: (state) => appendText(state, '\n'),
  code_inline: codeInline,
  strong_open: strongOpen,
  strong_close: strongClose,
  em_open: emOpen,
  em_close: emClose,
  s_open: strikeOpen,
  s_close: strikeClose,
  link_open: linkOpen,
  link_close: linkClose,
  image,
  moin_icon: moinIcon,
  html_inline: htmlInline,
}
