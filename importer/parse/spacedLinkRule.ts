import type {StateInline} from 'markdown-it'

/** markdown-it's inline state; `linkLevel` (links being tokenized) is missing from its typings. */
type LinkState = StateInline & {linkLevel: number}

const BACKSLASH = 0x5c
const OPEN_PAREN = 0x28
const CLOSE_PAREN = 0x29
const NEWLINE = 0x0a

/** A CommonMark title at the end of the parentheses: `"..."` or `'...'` after whitespace. */
const TRAILING_TITLE = /\s+(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*$/
/**
 * What the target must not start with: a quote is a MoinMoin leftover such as
 * `[PDF]( "Upload new attachment "x.pdf"")` (a link to nothing, not a target with spaces), and
 * `<` is CommonMark's own `<with spaces>` form, which `link` already reads.
 */
const NOT_A_TARGET = /^["'<]/

/**
 * Index of the `)` that closes the parenthesis at `open`, counting nested pairs and skipping
 * backslash escapes; -1 when the line ends first (a target never spans lines).
 */
function closingParen(src: string, open: number, max: number): number {
  let depth = 0
  for (let pos = open + 1; pos < max; pos++) {
    const code = src.charCodeAt(pos)
    if (code === BACKSLASH) pos++
    else if (code === NEWLINE) return -1
    else if (code === OPEN_PAREN) depth++
    else if (code === CLOSE_PAREN) {
      if (depth === 0) return pos
      depth--
    }
  }
  return -1
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
  const close = closingParen(state.src, labelEnd + 1, max)
  if (close < 0) return false

  let inside = state.src.slice(labelEnd + 2, close)
  let title = ''
  const titled = TRAILING_TITLE.exec(inside)
  if (titled) {
    title = state.md.utils.unescapeAll(titled[1] ?? titled[2] ?? '')
    inside = inside.slice(0, titled.index)
  }
  const written = inside.trim()
  if (!/\s/.test(written) || NOT_A_TARGET.test(written)) return false
  const href = state.md.normalizeLink(state.md.utils.unescapeAll(written))
  if (!state.md.validateLink(href)) return false

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
