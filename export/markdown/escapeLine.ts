import {entity} from './entity.ts'

/** ASCII punctuation that starts or ends inline syntax anywhere in a line (CommonMark, MyST roles, pandoc tables). */
const INLINE_SYNTAX = /[\\`*_[\]<>&~|{}]/g
/** A `:` right after a letter: `http:`, `mailto:` would be linkified on the way back. */
const SCHEME_COLON = /(?<=[A-Za-z]):(?=\S)/g
/** What opens a block construct at the start of a line: headings, lists, quotes, tables, fences, divs, definitions. */
const LINE_START = /^(?:[#+=:-]|\d{1,9}(?=[.)]))/

/**
 * One line of plain text (no `\n`) written so that markdown-it, as the importer configures it,
 * reads it back as exactly this text, and Sphinx's MyST parser shows it as written:
 * syntax characters are backslash-escaped, a line start that would open a block is escaped, and
 * spaces at the edges become entities. `start`/`end` say whether the text begins or ends a line.
 * Written by hand because no Portable Text serialiser targets this parser's exact reading
 * (@portabletext/markdown escapes for GFM, whose rules differ: pipe tables, no pandoc divs).
 */
export function escapeLine(text: string, edges: {start: boolean; end: boolean; heading?: boolean}): string {
  let out = text.replace(INLINE_SYNTAX, '\\$&').replace(SCHEME_COLON, '\\:')
  if (edges.heading) out = out.replace(/#/g, '\\#')
  if (edges.start) {
    const lead = /^\s+/.exec(out)
    if (lead) out = [...lead[0]].map(entity).join('') + out.slice(lead[0].length)
    else {
      const match = LINE_START.exec(out)
      if (match) out = match[0].length > 1 || /\d/.test(match[0]) ? `${match[0]}\\${out.slice(match[0].length)}` : `\\${out}`
    }
  }
  if (edges.end) {
    const trail = /\s+$/.exec(out)
    if (trail) out = out.slice(0, trail.index) + [...trail[0]].map(entity).join('')
  }
  return out
}
