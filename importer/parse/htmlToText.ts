import {unescapeAll} from 'markdown-it/lib/common/utils.mjs'

/** Entities only: `unescapeAll` alone would also treat backslashes as markdown escapes. */
const ENTITY = /&(?:#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g
const TAG = /<\/?[A-Za-z][^>]*>/g
const BREAKING_TAG = /<(?:br|\/?p|\/?div|\/?tr|\/?li|\/?h[1-6])\b[^>]*>/gi

/**
 * The text a browser shows for a piece of raw HTML: comments and tags removed, line-breaking
 * tags turned into newlines, entities decoded. Not a full HTML parser: the wiki's raw HTML is a
 * handful of tables and paragraphs.
 */
export function htmlToText(html: string): string {
  return html
    .replace(COMMENT, '')
    .replace(BREAKING_TAG, '\n')
    .replace(TAG, ' ')
    .replace(ENTITY, (entity) => unescapeAll(entity))
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim()
}
