import type {StateInline} from 'markdown-it'

/**
 * A MoinMoin theme icon as pandoc wrote it: `![:)](/wiki/europython/img/smile.png%20":)")` or
 * `![/!\\](/wiki/europython/img/alert.png "/!\")`. The `%20"` form and the escaped quote are
 * not valid CommonMark images, so a dedicated rule has to see them before `image` does.
 */
const MOIN_ICON = /!\[((?:[^\]\\\n]|\\.)*)\]\((\/wiki\/[^\s)"]*\/img\/[^\s)"]*?)(?:(?:%20| +)"([^"\n]*?)")?\)/y

const ESCAPED = /\\([!-/:-@[-`{-~])/g

/**
 * Inline rule that turns a MoinMoin smiley or icon image into a `moin_icon` token whose
 * `content` is the text the wiki author typed (`:)`, `/!\`, `{i}`); `meta.src` keeps the image.
 */
export function moinIconRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x21 || state.src.charCodeAt(state.pos + 1) !== 0x5b) return false
  MOIN_ICON.lastIndex = state.pos
  const match = MOIN_ICON.exec(state.src)
  if (!match || match.index + match[0].length > state.posMax) return false
  if (!silent) {
    const token = state.push('moin_icon', '', 0)
    token.content = match[3] || match[1].replace(ESCAPED, '$1')
    token.meta = {src: match[2]}
  }
  state.pos += match[0].length
  return true
}
