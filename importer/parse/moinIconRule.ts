import type {StateInline} from 'markdown-it'
import {MOIN_SMILEYS} from './moinSmileys.ts'

/**
 * A MoinMoin theme icon as pandoc wrote it: `![:)](/wiki/europython/img/smile.png%20":)")` or
 * `![/!\\](/wiki/europython/img/alert.png "/!\")`. The `%20"` form and the escaped quote are
 * not valid CommonMark images, so a dedicated rule has to see them before `image` does.
 */
const MOIN_ICON = /!\[((?:[^[\]\\\n]|\\.)*)\]\((\/wiki\/[^\s)"]{0,256}?\/img\/[^\s)"]{0,256}?)(?:(?:%20| +)"([^"\n]*?)")?\)/y

/**
 * A well-formed image of a smiley file: `![:)](smile.png ":)")`,
 * `![:-)](https://wiki.python.org/python/europython/img/smile.png ":-)")`. CommonMark reads it
 * as an image; it is an icon only if its alt text or title is the smiley typed for that file.
 */
const SMILEY_IMAGE = /!\[((?:[^[\]\\\n]|\\.)*)\]\(\s*<?((?:[^\s()<>"']*\/)?([\w-]+\.png))>?(?:\s+(?:"([^"\n]*)"|'([^'\n]*)'))?\s*\)/y

/*
 * Tried at every `![`, an alt text that could hold `[` ran to the end of the line each time (and
 * took `![a ![:)](…smile.png ":)")` whole as one icon, losing the text before it), and so did an
 * icon path: `![a ` or `![a](/wiki/` repeated on one line took time quadratic in its length. No
 * smiley holds a `[` (an escaped one still may), and icon paths are bounded to 256 characters
 * (an icon's are a few dozen), so each attempt stops early.
 */

const ESCAPED = /\\([!-/:-@[-`{-~])/g

/** The text a reader of the old wiki saw for an image, if it is one of MoinMoin's smileys. */
function smileyText(alt: string, file: string, title: string | undefined): string | undefined {
  for (const typed of [alt.replace(ESCAPED, '$1'), title]) if (typed !== undefined && MOIN_SMILEYS.get(typed) === file) return typed
  return undefined
}

/**
 * Inline rule that turns a MoinMoin smiley or icon image into a `moin_icon` token whose
 * `content` is the text the wiki author typed (`:)`, `/!\`, `{i}`); `meta.src` keeps the image.
 * Any other image is left to `image`, so real pictures stay figures.
 */
export function moinIconRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x21 || state.src.charCodeAt(state.pos + 1) !== 0x5b) return false
  let content: string | undefined
  let src = ''
  let end = -1
  MOIN_ICON.lastIndex = state.pos
  const icon = MOIN_ICON.exec(state.src)
  if (icon) {
    content = icon[3] || icon[1].replace(ESCAPED, '$1')
    src = icon[2]
    end = icon.index + icon[0].length
  } else {
    SMILEY_IMAGE.lastIndex = state.pos
    const image = SMILEY_IMAGE.exec(state.src)
    content = image ? smileyText(image[1], image[3], image[4] ?? image[5]) : undefined
    if (image && content !== undefined) {
      src = image[2]
      end = image.index + image[0].length
    }
  }
  if (end < 0 || end > state.posMax) return false
  if (!silent) {
    const token = state.push('moin_icon', '', 0)
    token.content = content ?? ''
    token.meta = {src}
  }
  state.pos = end
  return true
}
