import {addWords} from '../outlineWords.ts'
import type {Outline, Words} from '../types.ts'
import {type DocumentContext, documentHandlers} from './documentHandlers.ts'
import type {PtNode} from './listItemOf.ts'

/** Fields that are machinery or other documents' content, not text this page's reader saw. */
const NOT_TEXT = new Set(['body', 'slug', 'provenance', 'toctree', 'pages', 'group', 'charter', 'earlierCharters', 'title', 'legacyNotice'])

/**
 * A document of the dataset reduced to verify's outline: its title, the body's structural items
 * and words (handler table keyed by Portable Text `_type`), and apart from them the words of its
 * other fields (members, member-list entries...), which may hold text moved out of the body.
 */
export function documentOutline(document: Record<string, unknown>): Outline {
  const outline: Outline = {
    title: typeof document.title === 'string' ? document.title : '',
    items: [],
    words: new Map(),
    regions: [],
    categories: {},
    legacyNotice: document.legacyNotice === true,
    fieldWords: fieldWords(document),
  }
  const ctx: DocumentContext = {
    outline,
    visit(blocks) {
      for (const node of Array.isArray(blocks) ? (blocks as PtNode[]) : []) {
        const handler = documentHandlers[node?._type]
        // A block type verify does not know is reported, never skipped.
        if (handler) handler(node, ctx)
        else outline.items.push({key: `unknown ${String(node?._type)}`, text: ''})
      }
    },
  }
  ctx.visit(document.body)
  return outline
}

function fieldWords(document: Record<string, unknown>): Words {
  const words: Words = new Map()
  const collect = (value: unknown): void => {
    if (typeof value === 'string') addWords(words, value)
    else if (Array.isArray(value)) value.forEach(collect)
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) if (!key.startsWith('_')) collect(child)
  }
  for (const [key, value] of Object.entries(document)) if (!key.startsWith('_') && !NOT_TEXT.has(key)) collect(value)
  return words
}
