import {hoistEdgeSpaces} from './hoistEdgeSpaces.ts'
import {inlineObjectWriters} from './inlineObjectWriters.ts'
import {annotationWriters, decoratorWriters} from './markWriters.ts'
import {entity} from './entity.ts'
import {escapeLine} from './escapeLine.ts'
import type {PtNode, WriteContext} from './types.ts'
import {ITEM_PARAGRAPH_BREAK} from '../../dataset/listItemParagraphs.ts'

interface Span {
  _type?: string
  text: string
  marks: string[]
}

/** A code span that markdown-it reads back as exactly `text`: a longer backtick run, padded where CommonMark strips. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = /^`|`$/.test(text) || (/^ /.test(text) && / $/.test(text) && text.trim() !== '') ? ' ' : ''
  return fence + pad + text + pad + fence
}

/**
 * The spans of a text block as MyST inline markdown. A span's `marks` are in the order the
 * importer opened them (outermost first), so consecutive spans keep the marks they share open and
 * close the rest innermost first — the nesting markdown gives back. A `\n` in the text (a hard
 * break) becomes `\` at the end of the line; with `oneLine` (headings, terms) an entity instead.
 */
export function writeInline(block: PtNode, ctx: WriteContext, oneLine = false): string {
  const itemParagraphs = !oneLine && typeof block.listItem === 'string'
  const spans = hoistEdgeSpaces((block.children as Span[] | undefined) ?? [])
  const defs = new Map(((block.markDefs as PtNode[] | undefined) ?? []).map((def) => [def._key, def]))
  const open: {mark: string; close: string; raw?: boolean}[] = []
  let out = ''
  /** Where the last closing delimiter ended: an opener right after it would merge with it. */
  let closedAt = -1

  const closeTo = (depth: number) => {
    while (open.length > depth) {
      out += open.pop()!.close
      closedAt = out.length
    }
  }
  const openMark = (mark: string) => {
    const decorator = decoratorWriters[mark]
    if (decorator) {
      const run = closedAt === out.length && out.endsWith(decorator.run[0]!) ? decorator.alternative : decorator.run
      out += run
      open.push({mark, close: run})
      return
    }
    const def = defs.get(mark)
    const writer = def ? annotationWriters[def._type] : undefined
    if (!writer) {
      ctx.problem('unknown-mark', `mark "${mark}"${def ? ` (${def._type})` : ''} has no MyST form; its text is kept`)
      open.push({mark, close: ''})
      return
    }
    const wrap = writer(def!, ctx)
    if (wrap && open.some((outer) => defs.has(outer.mark))) {
      // Markdown has no link inside a link. The importer makes one from an image inside a link
      // (`[![label](src)](href)`: the image becomes a link to its address), so it is written so.
      out += '!['
      open.push({mark, close: wrap.close, raw: true})
      return
    }
    out += wrap?.open ?? ''
    open.push({mark, close: wrap?.close ?? ''})
  }

  spans.forEach((span, index) => {
    const objectWriter = span._type !== undefined && span._type !== 'span' ? inlineObjectWriters[span._type] : undefined
    if (span._type !== undefined && span._type !== 'span') {
      // Inline objects carry no marks: whatever is open closes before them.
      closeTo(0)
      if (objectWriter) out += objectWriter(span as unknown as PtNode, ctx)
      else ctx.problem('unknown-inline', `inline object "${span._type}" has no MyST form; left out`)
      return
    }
    const marks = span.marks.filter((mark) => mark !== 'code')
    const code = marks.length !== span.marks.length
    let common = 0
    while (common < open.length && common < marks.length && open[common]!.mark === marks[common]) common++
    closeTo(common)
    for (const mark of marks.slice(common)) openMark(mark)
    if (code) {
      if (span.text.includes('\n')) ctx.problem('code-newline', 'a line break inside inline code became a space')
      out += codeSpan(span.text.replace(/\n/g, ' '))
      return
    }
    if (open.some((entry) => entry.raw)) {
      // An image label is kept as written (markdown-it gives its source, escapes and all, as the alt).
      if (/[[\]\n]/.test(span.text)) ctx.problem('image-label', `image label "${span.text}" holds brackets or a line break`)
      out += span.text
      return
    }
    // A list item's further paragraphs are joined into its text after a blank line (the
    // ITEM_PARAGRAPH_BREAK of dataset/listItemParagraphs.ts, always in an unmarked span): written back as a blank line.
    const paragraphs = itemParagraphs && marks.length === 0 ? span.text.split(ITEM_PARAGRAPH_BREAK) : [span.text]
    paragraphs.forEach((paragraph, p) => {
      if (p > 0) out += '\n\n'
      const lines = paragraph.split('\n')
      const last = index === spans.length - 1 && p === paragraphs.length - 1
      // Whitespace just inside an emphasis delimiter stops it from opening or closing
      // (`**Badge **`): inside a decorated span the edges are written as entities.
      const decorated = marks.some((mark) => decoratorWriters[mark] !== undefined)
      lines.forEach((line, i) => {
        const atStart = out === '' || out.endsWith('\n') || (decorated && i === 0)
        const end = i < lines.length - 1 || last || decorated || (p < paragraphs.length - 1 && i === lines.length - 1)
        out += escapeLine(line, {start: atStart, end, heading: oneLine})
        if (i === lines.length - 1) return
        const final = (last || p < paragraphs.length - 1) && i === lines.length - 2 && lines[i + 1] === ''
        out += oneLine || final || out === '' || out.endsWith('\n') ? entity('\n') : '\\\n'
      })
    })
  })
  closeTo(0)
  return out
}
