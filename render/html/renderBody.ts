import {toHTML, uriLooksSafe, type PortableTextHtmlComponents} from '@portabletext/to-html'
import {esc, hrefFor} from './html.ts'
import {ITEM_PARAGRAPH_BREAK} from '../../dataset/listItemParagraphs.ts'
import {nestedBodies} from '../../dataset/nestedBodies.ts'

type Node = {_type: string; [field: string]: unknown}
type Blocks = Node[] | null | undefined

/**
 * Renders the rich text the library's queries return (internal links already resolved to
 * `target`) as HTML, with the project's own types: tables, callouts, code, definitions, figures,
 * attachments. Handlers are a table keyed by `_type`, like every converter in this project.
 */
export function renderBody(blocks: Blocks): string {
  if (!blocks?.length) return ''
  return toHTML(blocks as never, {components, onMissingComponent: false})
}

const types: PortableTextHtmlComponents['types'] = {
  table: ({value}) => {
    const headerRows = typeof value.headerRows === 'number' ? value.headerRows : 1
    const rows = (value.rows ?? []) as {cells?: {content?: Blocks; colSpan?: number}[]}[]
    const html = rows
      .map((row, index) => {
        const tag = index < headerRows ? 'th' : 'td'
        const cells = (row.cells ?? []).map((cell) => {
          const span = cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''
          return `<${tag}${span}>${renderBody(cell.content)}</${tag}>`
        })
        return `<tr>${cells.join('')}</tr>`
      })
      .join('')
    const caption = value.caption ? `<caption>${esc(value.caption)}</caption>` : ''
    return `<table>${caption}${html}</table>`
  },
  callout: ({value}) =>
    `<aside class="callout ${esc(value.kind)}" role="note">` +
    `<p class="callout-title">${esc(value.title || value.kind)}</p>${renderBody(value.body)}</aside>`,
  codeBlock: ({value}) => `<pre><code data-language="${esc(value.language)}">${esc(value.code)}</code></pre>`,
  definitionList: ({value}) =>
    `<dl>${((value.items ?? []) as {term?: string; description?: Blocks}[])
      .map((item) => `<dt>${esc(item.term)}</dt><dd>${renderBody(item.description)}</dd>`)
      .join('')}</dl>`,
  figure: ({value}) => {
    const src = typeof value.sourceUrl === 'string' && uriLooksSafe(value.sourceUrl) ? value.sourceUrl : ''
    const caption = value.caption ? `<figcaption>${esc(value.caption)}</figcaption>` : ''
    return `<figure>${src ? `<img src="${esc(src)}" alt="${esc(value.alt)}">` : `[image: ${esc(value.alt)}]`}${caption}</figure>`
  },
  attachment: ({value}) => `<p class="attachment">Attachment: ${esc(value.title)} <small>(${esc(value.sourcePath)})</small></p>`,
  // An image inside running text; the wiki's link around a badge is kept on the image.
  inlineImage: ({value}) => {
    const src = typeof value.sourceUrl === 'string' && uriLooksSafe(value.sourceUrl) ? value.sourceUrl : ''
    const image = src ? `<img class="inline" src="${esc(src)}" alt="${esc(value.alt)}">` : `[image: ${esc(value.alt)}]`
    const href = typeof value.href === 'string' && uriLooksSafe(value.href) ? value.href : ''
    return href ? `<a href="${esc(href)}" class="external">${image}</a>` : image
  },
}

/** to-html renders each `\n` of a span as a hard break; two in a row are that paragraph break. */
const RENDERED_PARAGRAPH_BREAK = /<br\/><br\/>/

/**
 * One `<li>` per list block, as @portabletext/toolkit's `nestLists` groups them; an item whose
 * text holds the importer's paragraph break gets one `<p>` per paragraph, like the wiki showed
 * it, with its nested lists after them.
 */
const listItem = ({value, children}: {value: {children?: {text?: string}[]}; children?: string}) => {
  const html = children ?? ''
  const hasParagraphs = (value.children ?? []).some((child) => child.text?.includes(ITEM_PARAGRAPH_BREAK))
  if (!hasParagraphs) return `<li>${html}</li>`
  const nested = html.search(/<[uo]l>/)
  const text = nested < 0 ? html : html.slice(0, nested)
  const lists = nested < 0 ? '' : html.slice(nested)
  return `<li>${text
    .split(RENDERED_PARAGRAPH_BREAK)
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('')}${lists}</li>`
}

const marks: PortableTextHtmlComponents['marks'] = {
  link: ({value, children}) => {
    const href = typeof value?.href === 'string' && uriLooksSafe(value.href) ? value.href : undefined
    return href ? `<a href="${esc(href)}" class="external">${children}</a>` : children
  },
  internalLink: ({value, children}) => {
    const href = hrefFor(value?.target)
    if (!href) return `<span class="unresolved" title="link target missing">${children}</span>`
    const anchor = value?.anchor ? `#${encodeURIComponent(value.anchor)}` : ''
    return `<a href="${esc(href + anchor)}" class="internal">${children}</a>`
  },
  // A link once the file is an asset the endpoint serves; before that, the original path as a tooltip.
  attachmentLink: ({value, children}) =>
    value?.asset?.url
      ? `<a class="attachment-link" href="${esc(value.asset.url)}" title="${esc(value.asset.originalFilename ?? value?.sourcePath)}">${children}</a>`
      : `<span class="attachment-link" title="${esc(value?.sourcePath)}">${children}</span>`,
}

// A block type that holds nested bodies (dataset/blockRegistry.ts) but has no component above still shows them.
const unknownType: PortableTextHtmlComponents['unknownType'] = ({value}) => nestedBodies<Node>(value).map(renderBody).join('')

const components: Partial<PortableTextHtmlComponents> = {types, marks, unknownType, listItem: listItem as PortableTextHtmlComponents['listItem']}
