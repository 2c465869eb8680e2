import type {ConvertedPage, TextBlock} from '../types.ts'
import {blockText, isHeading, isTextBlock} from './blockText.ts'
import {isSpan} from '../isSpan.ts'

/** One entry of an index list: `[Packaging WG](Packaging/index) -- Funds and coordinates…`. */
export interface GroupIndexEntry {
  /** The link text: `Packaging WG`. */
  text: string
  /** The link target as written: `Packaging/index`, `Conduct Group`. */
  href: string
  summary?: string
}

export interface GroupIndex {
  active: GroupIndexEntry[]
  legacy: GroupIndexEntry[]
}

/** Sections of the index by heading, each a list of entries. New sections are new entries here. */
const SECTIONS: {name: keyof GroupIndex; heading: RegExp}[] = [
  {name: 'active', heading: /^active working groups$/i},
  {name: 'legacy', heading: /^legacy working group pages$/i},
]

/** The link written as text, when CommonMark did not parse it (a target with spaces). */
const TEXT_ENTRY = /^\s*\[([^\]]+)\]\(([^)]*(?:\([^)]*\)[^)]*)*)\)\s*(.*)$/s
const SEPARATOR = /^\s*(?:--|–|—|-|:)\s*/

/** True when the page is a working groups index: it has an "Active Working Groups" heading. */
export function isGroupIndex(page: ConvertedPage): boolean {
  return page.body.some((block) => isTextBlock(block) && isHeading(block) && SECTIONS[0]!.heading.test(blockText(block).trim()))
}

/**
 * Reads the working groups index: the list items under "Active Working Groups" and "Legacy
 * Working Group Pages", in order, with their link text, target and one-line summary. Entries whose
 * link CommonMark left as text (targets with spaces) are read from the text.
 */
export function readGroupIndex(page: ConvertedPage): GroupIndex {
  const index: GroupIndex = {active: [], legacy: []}
  let section: keyof GroupIndex | undefined
  for (const block of page.body) {
    if (!isTextBlock(block)) continue
    if (isHeading(block)) {
      section = SECTIONS.find((candidate) => candidate.heading.test(blockText(block).trim()))?.name
      continue
    }
    if (!section || !block.listItem) continue
    const entry = readEntry(block)
    if (entry) index[section].push(entry)
  }
  return index
}

function readEntry(block: TextBlock): GroupIndexEntry | undefined {
  const link = block.markDefs.find((def) => def._type === 'link')
  if (link && link._type === 'link') {
    const spans = block.children.filter(isSpan).filter((span) => span.marks.includes(link._key))
    const last = block.children.lastIndexOf(spans.at(-1)!)
    const rest = block.children.slice(last + 1).map((child) => (isSpan(child) ? child.text : '')).join('')
    return withSummary(spans.map((span) => span.text).join('').trim(), link.href, rest)
  }
  const text = TEXT_ENTRY.exec(blockText(block))
  return text ? withSummary(text[1]!.trim(), text[2]!.trim(), text[3]!) : undefined
}

function withSummary(text: string, href: string, rest: string): GroupIndexEntry {
  const summary = rest.replace(SEPARATOR, '').trim()
  return summary ? {text, href, summary} : {text, href}
}
