/** Elements a browser renders without showing the tag; anything else in `<...>` was text. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr acronym address area article aside b big blockquote body br caption center cite code col colgroup dd del ' +
    'details dfn div dl dt em font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label ' +
    'li link map meta nav object ol option p param pre q s samp script section select small span strike strong style ' +
    'sub summary sup table tbody td textarea tfoot th thead title tr tt u ul var video wbr'
  ).split(' '),
)

const TAG_NAME = /^<\/?([A-Za-z][A-Za-z0-9-]*)/

/** The lower-cased element name of a raw HTML tag if a browser knows it, else undefined. */
export function htmlElementName(tag: string): string | undefined {
  const match = TAG_NAME.exec(tag)
  const name = match?.[1].toLowerCase()
  return name && HTML_ELEMENTS.has(name) ? name : undefined
}
