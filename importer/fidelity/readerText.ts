import MarkdownIt from 'markdown-it'
import deflist from 'markdown-it-deflist'

/**
 * A plain markdown-it, deliberately not the importer's parser: the measure must not share the
 * converter's idea of the page, or it would prove nothing.
 */
const reader = new MarkdownIt('default', {html: true, linkify: true}).use(deflist)

const FENCE = /^(\s*)(`{3,}|~{3,})\s*(.*)$/
const DIRECTIVE = /^\{([^}]*)\}\s*(.*)$/
const OPTION = /^\s*:[\w-]+:/
const DIV_FENCE = /^[\s>]*:{3,}\s*(?:\{[^}]*\}|[\w-]+)?\s*$/
/** A pandoc attribute after a code span (`` `x`{.backtick} ``): MyST reads it as an attribute, unseen. */
const CODE_ATTRIBUTE = /`\{[.#][^}\n]*\}/g
/**
 * A MoinMoin icon (`![:)](/wiki/europython/img/smile.png%20":)")`): pandoc's export broke the
 * image syntax, but the reader of the wiki saw an icon, not the address; count it as its text.
 */
const MOIN_ICON = /!\[((?:[^\]\\\n]|\\.)*)\]\(\/wiki\/[^\s)"]*\/img\/[^\s)"]*?(?:(?:%20| +)"[^"\n]*?")?\)/g
/**
 * A bracket link whose target has a space (`[Conduct WG Group](Conduct Group)`, balanced
 * parentheses and a quoted title allowed): CommonMark and MyST print it literally, but the author
 * meant a link and the importer makes it one, so the reader is credited with the link text, not
 * the target. A target starting with a quote (`[x]( "Upload new attachment ...")`) is no target.
 * The source is matched as text, code included: a `[` right after a word (`data[1](f(x), y)`)
 * is an index in code, not a link.
 */
const SPACED_LINK = /(?<![!\\\w])\[((?:[^\]\\\n]|\\.)*)\]\(\s*([^\s"'<()](?:[^"()\n]|\([^()\n]*\))*?)(?:\s+"[^"\n]*")?\s*\)/g

/** What a reader of the Sphinx page sees, as markdown: split into the notice and the rest. */
export interface ReaderSource {
  visible: string
  /** The `{admonition} Legacy Wiki Page` blocks: visible, but kept by the importer as a flag. */
  legacyNotice: string
}

/**
 * Rewrites MyST constructs into what a reader sees: toctrees vanish (Sphinx shows linked
 * titles, not this text), admonitions show their title and body, directive options, pandoc
 * div fences and code-span attributes are invisible. Everything else is left to markdown-it.
 */
export function readerSource(source: string): ReaderSource {
  const visible: string[] = []
  const notice: string[] = []
  const lines = source.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const fence = FENCE.exec(line)
    if (!fence) {
      if (!DIV_FENCE.test(line)) visible.push(line)
      continue
    }
    // Find the closing fence: same character, at least as long.
    let end = i + 1
    const marker = fence[2]
    while (end < lines.length && !lines[end].trim().startsWith(marker)) end++
    const body = lines.slice(i + 1, end)
    const directive = DIRECTIVE.exec(fence[3].trim())
    if (!directive) {
      visible.push(line, ...body, lines[end] ?? '')
    } else if (directive[1] === 'toctree') {
      // invisible
    } else if (/^(code|code-block|sourcecode)$/.test(directive[1])) {
      visible.push('```', ...body.filter((text) => !OPTION.test(text)), '```')
    } else {
      const target = directive[1] === 'admonition' && directive[2] === 'Legacy Wiki Page' ? notice : visible
      target.push('', directive[2], '', ...body.filter((text) => !OPTION.test(text)), '')
    }
    i = end
  }
  return {visible: visible.join('\n').replace(CODE_ATTRIBUTE, '`').replace(MOIN_ICON, ' $1 ').replace(SPACED_LINK, (link, text: string, target: string) => (/\s/.test(target) ? text : link)), legacyNotice: notice.join('\n')}
}

const COMMENT = /<!--[\s\S]*?-->/g
/** Entities only: `unescapeAll` alone would also eat the backslashes a code block shows. */
const ENTITY = /&(?:#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi
const TAG = /<\/?([A-Za-z][A-Za-z0-9]*)[^>]*>/g
/** Tags that separate words when rendered; inline tags (`<em>`, `<a>`) join their neighbours. */
const SEPARATING = new Set('p br li ul ol h1 h2 h3 h4 h5 h6 hr pre blockquote div dl dt dd table tr td th img'.split(' '))

/** Renders markdown with the plain reader and returns the text a browser would show. */
export function renderedText(markdown: string): string {
  const html = reader.render(markdown)
  return html
    .replace(COMMENT, ' ')
    .replace(TAG, (_tag, name: string) => (SEPARATING.has(name.toLowerCase()) ? ' ' : ''))
    .replace(ENTITY, (entity) => reader.utils.unescapeAll(entity))
}
