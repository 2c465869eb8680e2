import type {StateInline} from 'markdown-it'

/** markdown-it's inline state; `linkLevel` (links being tokenized) is missing from its typings. */
type LinkState = StateInline & {linkLevel: number}

const BACKSLASH = 0x5c
const OPEN_PAREN = 0x28
const CLOSE_PAREN = 0x29
const NEWLINE = 0x0a

/**
 * What the target must not start with: a quote is a MoinMoin leftover such as
 * `[PDF]( "Upload new attachment "x.pdf"")` (a link to nothing, not a target with spaces), and
 * `<` is CommonMark's own `<with spaces>` form, which `link` already reads.
 */
const NOT_A_TARGET = /^["'<]/

/** The whitespace of JavaScript's `\s` (and of `trim`), which the checks below stand for. */
const isWhitespace = (code: number) =>
  (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff

/** Where each `(` of a paragraph's source closes, and where the next whitespace is. */
interface SourceIndex {
  /** For a `(`: the index of its `)` (nested pairs counted, backslash escapes skipped), or -1 when the line ends first. */
  closing: Int32Array
  /** For every index: the first index at or after it holding whitespace (`src.length` if none). */
  nextWhitespace: Int32Array
}

const indexes = new WeakMap<StateInline, SourceIndex>()

/**
 * Built once per paragraph in two passes, so that every `[label](` costs constant time to check:
 * scanning ahead from each one made `[a](b c ` repeated on one line quadratic. A `(`'s match does
 * not depend on where a scan starts (an escape never reaches back past the `(`), so one pass with
 * a stack finds them all.
 */
function sourceIndex(state: StateInline): SourceIndex {
  let index = indexes.get(state)
  if (index) return index
  const src = state.src
  const closing = new Int32Array(src.length).fill(-1)
  const open: number[] = []
  for (let pos = 0; pos < src.length; pos++) {
    const code = src.charCodeAt(pos)
    if (code === BACKSLASH) pos++
    else if (code === NEWLINE) open.length = 0
    else if (code === OPEN_PAREN) open.push(pos)
    else if (code === CLOSE_PAREN && open.length > 0) closing[open.pop()!] = pos
  }
  const nextWhitespace = new Int32Array(src.length + 1)
  nextWhitespace[src.length] = src.length
  for (let pos = src.length - 1; pos >= 0; pos--) nextWhitespace[pos] = isWhitespace(src.charCodeAt(pos)) ? pos : nextWhitespace[pos + 1]!
  index = {closing, nextWhitespace}
  indexes.set(state, index)
  return index
}

/** Number of backslashes right before `pos`, not before `from`. */
function backslashesBefore(src: string, pos: number, from: number): number {
  let count = 0
  while (pos - count - 1 >= from && src.charCodeAt(pos - count - 1) === BACKSLASH) count++
  return count
}

/**
 * A CommonMark title at the end of the parentheses (`"..."` or `'...'` after whitespace) in `src`
 * between `from` and `to`, found from the end in time proportional to the title: the regex that
 * did this (`/\s+(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*$/`), tried from every space, was
 * quadratic in a long run of spaces. The closing quote is the last non-space character; the opening one is the last
 * unescaped quote of its kind before it (an earlier one would end the title there), and must
 * follow whitespace; the match starts where that whitespace does.
 */
function trailingTitle(src: string, from: number, to: number): {index: number; title: string} | undefined {
  let close = to - 1
  while (close >= from && isWhitespace(src.charCodeAt(close))) close--
  const quote = src.charCodeAt(close)
  if (close < from || (quote !== 0x22 && quote !== 0x27) || backslashesBefore(src, close, from) % 2 === 1) return undefined
  let open = close - 1
  while (open >= from && (src.charCodeAt(open) !== quote || backslashesBefore(src, open, from) % 2 === 1)) open--
  if (open <= from || !isWhitespace(src.charCodeAt(open - 1))) return undefined
  const body = src.slice(open + 1, close)
  // `.` in the regex stops at line terminators, so an escaped one fails the match.
  if (/\\[\r\u2028\u2029]/.test(body)) return undefined
  let index = open - 1
  while (index > from && isWhitespace(src.charCodeAt(index - 1))) index--
  return {index, title: body}
}

/**
 * Inline rule, tried after markdown-it's `link` has refused a `[`: reads
 * `[label](target with spaces "optional title")` as a link. The wiki's MoinMoin export wrote page
 * names with spaces straight into link targets (`[Conduct WG Group](Conduct Group)`,
 * `[charter](https://wiki.python.org/psf/Project Funding/Charter)`), which CommonMark prints as
 * text; left to `linkify`, half of such a URL even became a link of its own. The label may hold
 * inline markup (it is tokenized like any link's), the target may hold balanced parentheses,
 * and the href is the target as written, backslash escapes resolved but nothing percent-encoded,
 * so the link stage resolves it like any other link. Only targets with a space are taken:
 * whatever else `link` refused stays CommonMark's business, and so do images (`![...]`).
 */
export function spacedLinkRule(state: StateInline, silent: boolean): boolean {
  const start = state.pos
  const max = state.posMax
  if (state.src.charCodeAt(start) !== 0x5b /* [ */) return false
  if (start > 0 && state.src.charCodeAt(start - 1) === 0x21 /* ! */ && state.src.charCodeAt(start - 2) !== BACKSLASH) return false

  const labelEnd = state.md.helpers.parseLinkLabel(state, start, true)
  if (labelEnd < 0 || state.src.charCodeAt(labelEnd + 1) !== OPEN_PAREN) return false
  const {closing, nextWhitespace} = sourceIndex(state)
  const close = closing[labelEnd + 1]!
  if (close < 0 || close >= max) return false

  // The cheap refusals first, in constant time, so that links nested in refused ones stay linear.
  const from = labelEnd + 2
  let first = from
  while (first < close && isWhitespace(state.src.charCodeAt(first))) first++
  if (first === close || NOT_A_TARGET.test(state.src[first]!)) return false
  const space = nextWhitespace[first]!
  if (space >= close) return false
  const titled = trailingTitle(state.src, from, close)
  // The target is what precedes the title, trimmed; it must hold a space.
  let targetEnd = titled ? titled.index : close
  while (targetEnd > first && isWhitespace(state.src.charCodeAt(targetEnd - 1))) targetEnd--
  if (space >= targetEnd) return false
  // validateLink reads only the scheme: the first word decides (no escape or entity spans a
  // space), unless it is all entity-made whitespace.
  const firstWord = state.md.utils.unescapeAll(state.src.slice(first, space))
  if (!state.md.validateLink(firstWord.trim() ? firstWord : state.md.utils.unescapeAll(state.src.slice(first, targetEnd)))) return false
  const title = titled ? state.md.utils.unescapeAll(titled.title) : ''
  const written = state.src.slice(first, targetEnd)
  const href = state.md.normalizeLink(state.md.utils.unescapeAll(written))

  if (!silent) {
    state.pos = start + 1
    state.posMax = labelEnd
    const open = state.push('link_open', 'a', 1)
    open.attrs = title ? [['href', href], ['title', title]] : [['href', href]]
    const nesting = state as LinkState
    nesting.linkLevel++
    state.md.inline.tokenize(state)
    nesting.linkLevel--
    state.push('link_close', 'a', -1)
  }
  state.pos = close + 1
  state.posMax = max
  return true
}
