import type {GenericNode, GenericParent} from 'myst-common'
import type {Category} from '../categories.ts'

/** Counts a named category met while rewriting the tree. */
export type CountCategory = (category: Category, words?: string) => void

/** One rewrite of the parsed page, tree in, tree out (in place), in the order listed below. */
type Transform = (tree: GenericParent, count: CountCategory) => void

/** A pandoc attribute right after a code span (`` `x`{.backtick} ``). */
const CODE_ATTRIBUTE = /^\{[.#][^}\n]*\}/
/**
 * A bracket link whose target has a space (`[Conduct WG](Conduct Group)`), which CommonMark
 * leaves as text. A `[` right after a word (`data[1](f(x), y)`) is an index, not a link.
 */
const SPACED_LINK = /(?<![!\\\w])\[((?:[^\]\\\n]|\\.)*)\]\(\s*([^\s"'<()](?:[^"()\n]|\([^()\n]*\))*?)(?:\s+"[^"\n]*")?\s*\)/g
/**
 * An image from MoinMoin's theme folder (`/wiki/europython/img/smile.png`,
 * `https://wiki.python.org/python/europython/img/smile.png`): an icon.
 */
const MOIN_ICON_URL = /^(?:https?:\/\/wiki\.python\.org)?\/(?:wiki|python|moin)\/[^\s]*\/img\/[\w-]+\.(?:png|gif)/
/**
 * An icon the parser could not read as an image at all (`![:\\](/wiki/europython/img/ohwell.png ":\")`:
 * the escaped quote leaves the title open), left as text with its escapes already read, matched here.
 */
const RAW_ICON = /!\[([^\]\n]*)\]\(\/wiki\/[^\s)"]*\/img\/[^\s)"]*(?:(?:%20| +)"[^"\n]*")?\)/g
/**
 * How pandoc wrote a MoinMoin smiley elsewhere: `![:)](smile.png ":)")`, the typed text (a few
 * characters) as both alt and title of a `.png`.
 */
function isMoinIcon(image: GenericNode): boolean {
  if (MOIN_ICON_URL.test(image.url ?? '')) return true
  const alt = image.alt ?? ''
  return alt.length > 0 && alt.length <= 6 && image.title === alt && /\.png$/i.test(image.url ?? '')
}

/** What the parser leaves of the icon's broken `%20":)")` tail: quotes and brackets only. */
const ICON_TAIL = /^[\s"')(]*"\)/
const IMG_TAG = /^<img\b[^>]*>$/i
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
const COMMENT = /<!--[\s\S]*?-->/g
const TAG = /<\/?([A-Za-z][A-Za-z0-9]*)[^>]*>/g
/** Tags a browser separates words at; inline tags (`<b>`, `<a>`) join their neighbours. */
const SEPARATING = new Set('p br li ul ol h1 h2 h3 h4 h5 h6 hr pre blockquote div dl dt dd table tr td th img'.split(' '))
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/gi
const NAMED: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'}

function eachParent(node: GenericNode, visit: (parent: GenericNode) => void): void {
  if (!node.children) return
  visit(node)
  for (const child of node.children) eachParent(child, visit)
}

function attribute(tag: string, name: string): string | undefined {
  const match = ATTRIBUTE(name).exec(tag)
  return match ? (match[2] ?? match[3] ?? match[4]) : undefined
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_all, name: string) => {
    const lower = name.toLowerCase()
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16))
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10))
    return NAMED[lower] ?? ''
  })
}

/** `` `x`{.backtick} ``: the wiki shows the attribute; the importer drops it. */
const codeAttributes: Transform = (tree, count) =>
  eachParent(tree, (parent) => {
    parent.children!.forEach((child, i) => {
      const next = parent.children![i + 1]
      if (child.type !== 'inlineCode' || next?.type !== 'text') return
      const match = CODE_ATTRIBUTE.exec(next.value ?? '')
      if (!match) return
      count('code-attribute', match[0])
      next.value = next.value!.slice(match[0].length)
    })
  })

/** `[text](a target)`: the wiki shows it raw; the importer links the text. */
const spacedLinks: Transform = (tree, count) =>
  eachParent(tree, (parent) => {
    if (parent.type === 'link' || parent.type === 'code' || parent.type === 'inlineCode') return
    parent.children = parent.children!.flatMap((child) => {
      if (child.type !== 'text' || !child.value) return [child]
      const out: GenericNode[] = []
      let last = 0
      for (const match of child.value.matchAll(SPACED_LINK)) {
        if (!/\s/.test(match[2]!)) continue
        count('spaced-link', match[0])
        out.push({type: 'text', value: child.value.slice(last, match.index)})
        out.push({type: 'link', url: match[2], children: [{type: 'text', value: match[1]!.replace(/\\(.)/g, '$1')}]})
        last = match.index! + match[0].length
      }
      if (!out.length) return [child]
      out.push({type: 'text', value: child.value.slice(last)})
      return out
    })
  })

/**
 * MoinMoin icons: the parser reads a broken image (the address runs into the typed text); the
 * importer keeps the text the author typed. Marked `moinIcon` so the reader counts it apart.
 */
const moinIcons: Transform = (tree, count) =>
  eachParent(tree, (parent) => {
    parent.children!.forEach((child, i) => {
      if (child.type !== 'image' || !isMoinIcon(child)) return
      count('moin-icon', child.alt)
      parent.children![i] = {type: 'moinIcon', value: child.alt ?? ''}
      const next = parent.children![i + 1]
      if (next?.type === 'text') next.value = next.value!.replace(ICON_TAIL, '')
    })
    if (parent.type === 'code' || parent.type === 'inlineCode') return
    parent.children = parent.children!.flatMap((child) => {
      if (child.type !== 'text' || !child.value?.includes('/img/')) return [child]
      const out: GenericNode[] = []
      let last = 0
      for (const match of child.value.matchAll(RAW_ICON)) {
        count('moin-icon', match[1])
        out.push({type: 'text', value: child.value.slice(last, match.index)}, {type: 'moinIcon', value: match[1]!})
        last = match.index! + match[0].length
      }
      out.push({type: 'text', value: child.value.slice(last)})
      return out
    })
  })

/**
 * Raw HTML as the wiki's Sphinx shows it: `html_image` makes `<img>` an image; other tags are
 * passed to the browser, which shows their text (comments none). `html_admonition` needs a
 * `<div class="admonition">`, which no page of the wiki has; such a div is read as its text.
 */
const rawHtml: Transform = (tree) =>
  eachParent(tree, (parent) => {
    parent.children = parent.children!.map((child) => {
      if (child.type !== 'html') return child
      const value = child.value ?? ''
      if (IMG_TAG.test(value.trim())) return {type: 'image', url: attribute(value, 'src') ?? '', alt: attribute(value, 'alt') ?? ''}
      const text = value.replace(COMMENT, ' ').replace(TAG, (_tag, name: string) => (SEPARATING.has(name.toLowerCase()) ? ' ' : ''))
      return {type: 'text', value: decodeEntities(text), position: child.position}
    })
  })

/**
 * A paragraph left with nothing once raw HTML is read (`<!-- -->`, which pandoc writes between
 * lists and the JS parser wraps in a paragraph inside list items) is no paragraph on the wiki.
 */
const emptyParagraphs: Transform = (tree) =>
  eachParent(tree, (parent) => {
    parent.children = parent.children!.filter((child) => !(child.type === 'paragraph' && child.children?.every((inner) => inner.type === 'text' && !inner.value?.trim())))
  })

/** The rewrites, in order: raw HTML first (its text may hold icons and links), inline code last. */
export const wikiTransforms: Transform[] = [rawHtml, emptyParagraphs, moinIcons, spacedLinks, codeAttributes]
