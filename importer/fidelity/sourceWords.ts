import {wordList} from './wordList.ts'

/**
 * Markup whose letters are not text, removed from the raw source before its words are counted.
 * Each is plain markdown/MyST/HTML syntax, read with a regular expression, never with the
 * importer's parser or its conversion rules:
 * - link and image destinations `](target "title")`: the document holds them as annotations;
 * - `{…}` groups: MyST directive and role names, pandoc attributes (`{.backtick}`);
 * - directive option lines `:class: note`, and colon-fence lines with their class (`::: line`),
 *   also inside a grid table's cell (`| ::: line |`);
 * - HTML tags, comments and entities;
 * - list markers `1.` and `a)`: a list item's number is not its text.
 */
const DESTINATION = /\]\((?:(?:[^()\s]|\([^()\s]*\))*(?:(?:\s+|%20)(?:"[^"\n]*"|'[^'\n]*'))?\s*|(?:[^()\n]|\([^()\n]*\))*)\)/g
const BRACES = /\{[^{}\n]*\}/g
const OPTION_LINE = /^[ \t>]*:[\w-]+:.*$/gm
const COLON_FENCE = /(^|\|)([ \t>]*):{3,}[ \t]*[\w-]*/gm
const HTML = /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>\n]*>|&#?\w+;/g
const ORDERED_MARKER = /^([ \t>]*)(?:\d{1,9}|[a-zA-Z])[.)](?=[ \t]|$)/gm

/** The legacy notice, when the document carries it as its `legacyNotice` flag instead of text. */
const LEGACY_NOTICE = /^(`{3,}|:{3,})\{admonition\}[ \t]+Legacy Wiki Page[ \t]*\n[\s\S]*?^\1[ \t]*$/m

/**
 * The words of a page's raw source, after removing the markup listed above (and the legacy
 * notice when `withoutLegacyNotice`): what the import's word check expects to find in the document.
 */
export function sourceWords(source: string, withoutLegacyNotice: boolean): string[] {
  return wordList(sourceText(source, withoutLegacyNotice))
}

/** The raw source with the markup listed above blanked out: the text whose words sourceWords lists. */
export function sourceText(source: string, withoutLegacyNotice: boolean): string {
  const text = withoutLegacyNotice ? source.replace(LEGACY_NOTICE, '') : source
  return text.replace(HTML, ' ').replace(OPTION_LINE, ' ').replace(COLON_FENCE, '$1$2 ').replace(DESTINATION, '] ').replace(BRACES, ' ').replace(ORDERED_MARKER, '$1 ')
}
