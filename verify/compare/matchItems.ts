import type {Category} from '../categories.ts'
import type {ConstructFigures, Item, Region, Words} from '../types.ts'

/** The outcome of pairing two sides' items, per construct. */
export interface ItemMatch {
  constructs: Record<string, ConstructFigures>
  explained: Partial<Record<Category, number>>
  /** Unexplained items, each as `missing|extra <key>: "<text>"`. */
  examples: string[]
}

const FENCE_MARKER = /^:{3,}/

/** Text without markdown's backslash escapes (`\'?\'` is `'?'`). */
const unescaped = (text: string) => text.replace(/\\(.)/g, '$1')

function within(text: string, words: Words): boolean {
  const need = new Map<string, number>()
  for (const word of text.split(' ').filter(Boolean)) need.set(word, (need.get(word) ?? 0) + 1)
  for (const [word, count] of need) if ((words.get(word) ?? 0) < count) return false
  return true
}

/**
 * Pairs reference and document items of the same construct and the same words. What is left is
 * explained where a named category accounts for it — a reference item inside a region, a
 * document item whose words all come from a region, a reference item whose words moved into a
 * field, a linked bare URL — and otherwise counted as missing (reference only) or extra
 * (document only).
 */
export function matchItems(reference: Item[], document: Item[], regions: Region[], fieldWords: Words): ItemMatch {
  const result: ItemMatch = {constructs: {}, explained: {}, examples: []}
  const figures = (key: string) => (result.constructs[key] ??= {reference: 0, document: 0, explained: 0, missing: 0, extra: 0})
  const explain = (key: string, category: Category) => {
    figures(key).explained++
    result.explained[category] = (result.explained[category] ?? 0) + 1
  }
  const waiting = new Map<string, Item[]>()
  for (const item of document) {
    figures(item.key).document++
    const id = `${item.key}\u0000${item.text}`
    const same = waiting.get(id)
    if (same) same.push(item)
    else waiting.set(id, [item])
  }
  for (const item of reference) {
    figures(item.key).reference++
    const pair = waiting.get(`${item.key}\u0000${item.text}`)
    if (pair?.length) {
      pair.pop()
      continue
    }
    if (item.category) explain(item.key, item.category)
    else if (item.text && within(item.text, fieldWords)) explain(item.key, 'moved-to-fields')
    else {
      figures(item.key).missing++
      result.examples.push(`missing ${item.key}: "${item.shown ?? item.text}"`)
    }
  }
  for (const items of waiting.values()) {
    for (const item of items) {
      // An item without words comes from a region that has its text (`...`); an empty cell from
      // a region that draws tables as text. A fence marker (`:::`) is markup, never a block of
      // its own on any renderer: always a difference.
      const region = item.text
        ? regions.find((candidate) => within(item.text, candidate.words))
        : item.shown && !FENCE_MARKER.test(item.shown)
          ? regions.find((candidate) => unescaped(candidate.raw).includes(unescaped(item.shown!)))
          : item.key === 'tableCell' && regions.find((candidate) => candidate.category !== 'moin-icon')
      if (item.urlText) explain(item.key, 'bare-url')
      else if (region) explain(item.key, region.category)
      else {
        figures(item.key).extra++
        result.examples.push(`extra ${item.key}: "${item.shown ?? item.text}"`)
      }
    }
  }
  return result
}
