import {isSpan} from '../isSpan.ts'
import type {InlineChild, Span, TextBlock} from '../types.ts'

/** `[text](target)` where the target may hold spaces and balanced parentheses: what CommonMark refuses as a link. */
const TEXT_LINK = /\[([^[\]\n]+)\]\(([^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\)/g
/** MoinMoin's `[x.pdf]( "Upload new attachment "x.pdf"")`: a placeholder for a missing file, not a target. */
const PLACEHOLDER = /^["']/

/** A link found in span text, before it is decided whether to keep it. */
export interface TextLink {
  text: string
  target: string
}

/**
 * Finds links that stayed plain text and turns each one `accept` agrees to into a `link`
 * annotation: the brackets and the target leave the text, the link text keeps its other marks,
 * spans are split where needed. Text already inside a link or in code is left alone, and so is
 * a target that starts with a quote (a MoinMoin upload placeholder). The new markDef keys are
 * `<block key>-t<n>`, so a second run gives the same keys.
 *
 * A fallback since the parser reads `[Conduct WG Group](Conduct Group)` itself
 * (parse/spacedLinkRule.ts): on converted pages it only still sees what CommonMark refuses on
 * purpose, chiefly `[file:///x](file:///x)` (a scheme markdown-it rejects and the schema allows),
 * and bodies built without the parser.
 */
export function annotateTextLinks(block: TextBlock, accept: (link: TextLink) => boolean): TextBlock {
  // Inline images are objects without text: they take no place in `full` and stay where they are.
  const spans = block.children.filter(isSpan)
  const full = spans.map((span) => span.text).join('')
  if (!full.includes('](')) return block

  const annotated = new Set(block.markDefs.map((def) => def._key))
  const owner: Span[] = []
  for (const span of spans) for (let i = 0; i < span.text.length; i++) owner.push(span)
  const plain = (from: number, to: number) =>
    owner.slice(from, to).every((span) => !span.marks.some((mark) => mark === 'code' || annotated.has(mark)))

  /** Per character: dropped (the brackets and the target), or the annotation key it gains. */
  const dropped = new Uint8Array(full.length)
  const gained: (string | undefined)[] = new Array(full.length)
  const markDefs = [...block.markDefs]
  let count = 0
  for (const match of full.matchAll(TEXT_LINK)) {
    const start = match.index
    const end = start + match[0].length
    const link = {text: match[1]!, target: match[2]!.trim()}
    if (PLACEHOLDER.test(link.target) || !plain(start, end) || !accept(link)) continue
    const key = `${block._key}-t${count++}`
    markDefs.push({_type: 'link', _key: key, href: link.target})
    const textEnd = start + 1 + link.text.length
    for (let i = start; i < end; i++) {
      if (i > start && i < textEnd) gained[i] = key
      else dropped[i] = 1
    }
  }
  if (count === 0) return block

  const children: InlineChild[] = []
  let offset = 0
  for (const span of block.children) {
    if (!isSpan(span)) {
      children.push(span)
      continue
    }
    const pieces: Span[] = []
    let run = ''
    let runKey: string | undefined
    const flush = () => {
      if (run === '') return
      pieces.push({...span, text: run, marks: runKey ? [...span.marks, runKey] : span.marks})
      run = ''
    }
    for (let i = 0; i < span.text.length; i++) {
      const at = offset + i
      if (dropped[at]) continue
      if (gained[at] !== runKey) {
        flush()
        runKey = gained[at]
      }
      run += span.text[i]
    }
    flush()
    offset += span.text.length
    pieces.forEach((piece, index) => children.push(pieces.length === 1 ? piece : {...piece, _key: `${span._key}-${index}`}))
  }
  return {...block, children: children.length ? children : [{...spans[0]!, text: ''}], markDefs}
}
