import MarkdownIt from 'markdown-it'
import deflist from 'markdown-it-deflist'
import {recordFailedScans} from './failedScans.ts'
import {fencedDivRule} from './fencedDivRule.ts'
import {moinIconRule} from './moinIconRule.ts'
import {nestingGuardRule} from './nestingGuardRule.ts'
import {pandocTableRule} from './pandocTableRule.ts'
import {spacedLinkRule} from './spacedLinkRule.ts'

/**
 * The one markdown-it configuration the importer reads MyST pages with: CommonMark plus
 * strikethrough, definition lists, pandoc fenced divs and tables, MoinMoin icons, links whose
 * target has spaces, raw HTML kept as tokens (the converter decides what a reader saw) and
 * autolinked `scheme://` URLs.
 */
export function createMarkdownParser(): MarkdownIt {
  const md = new MarkdownIt('default', {html: true, linkify: true, typographer: false})
  md.use(deflist)
  // pandoc writes pipe tables nowhere in the wiki; `|` lines are grid tables or text.
  md.disable('table')
  // The core linkify pass (bare `www.` hosts and e-mail addresses) costs a third of the parse
  // time; the inline rule still links every `http://`, `https://`, `ftp://` and `mailto:` URL.
  md.core.ruler.disable('linkify')
  // Links keep their href exactly as written; the resolve stage needs the raw target, and
  // markdown-it would otherwise percent-encode spaces and non-ASCII letters.
  md.normalizeLink = (url: string) => url
  // While markdown-it scans a link label (silent mode) the linkify rule would swallow a URL
  // together with the `](` after it, so `[https://x/a\'b](https://x/a'b)` lost its link.
  // CommonMark without linkify scans labels as plain text; so does this parser.
  const linkify = md.inline.ruler.getRules('').find((rule) => rule.name === 'linkify')
  if (linkify) md.inline.ruler.at('linkify', (state, silent) => !silent && linkify(state, silent))
  // Block rules that look ahead remember where a look-ahead failed, so that it is not repeated
  // from every start line after it (that made pages quadratic in their size).
  recordFailedScans(md)
  md.block.ruler.before('table', 'nesting_guard', nestingGuardRule)
  md.block.ruler.before('code', 'fenced_div', fencedDivRule, {alt: ['paragraph', 'reference', 'blockquote', 'list']})
  md.block.ruler.before('hr', 'pandoc_table', pandocTableRule)
  md.inline.ruler.before('image', 'moin_icon', moinIconRule)
  // Tried only where `link` failed, so every CommonMark link still goes through markdown-it's
  // own rule; at a `[` nothing else competes (`linkify` starts at a `:`), and once this rule has
  // read the target, linkify never sees the URL inside it.
  md.inline.ruler.after('link', 'spaced_link', spacedLinkRule)
  return md
}
