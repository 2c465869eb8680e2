import type {GenericParent} from 'myst-common'
import {mystParse} from 'myst-parser'

/**
 * The wiki's own settings (its Sphinx `conf.py`: `myst_enable_extensions = colon_fence, deflist,
 * fieldlist, html_admonition, html_image, strikethrough, tasklist`) mapped onto executablebooks'
 * JavaScript MyST parser. What the JS parser has is switched on as the wiki has it: colon
 * fences, definition lists, task lists, strikethrough; MyST's core syntax (footnotes, front
 * matter, `+++` blocks, pipe tables) is on in both. Off because the wiki has them off: dollar
 * math, citations, linkify, smart quotes (quotes do not change words). Not in the JS parser:
 * `fieldlist` (left out: pages have no field lists outside directive options), `html_image` and
 * `html_admonition`, which wikiTransforms applies to the `html` nodes the parser leaves (an
 * `<img>` becomes an image; no page has an admonition `<div>`).
 */
const WIKI_SETTINGS = {
  markdownit: {linkify: false},
  extensions: {
    colonFences: true,
    deflist: true,
    tasklist: true,
    strikethrough: true,
    footnotes: true,
    frontmatter: true,
    blocks: true,
    tables: true,
    math: false,
    citations: false,
    smartquotes: false,
  },
}

/** A page as the independent parser reads it: mdast, with source positions. */
export function parseReference(source: string): GenericParent {
  return mystParse(source, WIKI_SETTINGS)
}
