import type {Category} from '../categories.ts'
import {itemText, mergeWords} from '../outlineWords.ts'
import type {Outline, PageResult, Words} from '../types.ts'
import {explainWords} from './explainWords.ts'
import {matchItems} from './matchItems.ts'

/** How many unexplained words a page result lists; the figures count them all. */
const WORDS_SHOWN = 25
const EXAMPLES_SHOWN = 20

const total = (words: Words) => [...words.values()].reduce((sum, count) => sum + count, 0)

type CategoryFigures = NonNullable<PageResult['categories']>

function add(into: CategoryFigures, from: Partial<Record<Category, number>>, field: 'met' | 'items' | 'words'): void {
  for (const [category, count] of Object.entries(from) as Array<[Category, number]>) {
    const figures = (into[category] ??= {met: 0, items: 0, words: 0})
    figures[field] += count
  }
}

/**
 * Compares a page as the wiki's readers saw it (reference) with its imported document: the
 * title, the words, and every construct's items. Differences a named category accounts for are
 * counted under it; the page `differs` when anything else differs.
 */
export function comparePage(sourcePath: string, reference: Outline, document: Outline, documentType: string): Omit<PageResult, 'documentId'> {
  const categories: CategoryFigures = {}
  add(categories, reference.categories, 'met')
  const examples: string[] = []

  const title: NonNullable<PageResult['title']> = {reference: reference.title, document: document.title}
  const titleDiffers = itemText(reference.title) !== itemText(document.title)
  if (titleDiffers && documentType === 'workingGroup') title.category = 'group-title'
  else if (titleDiffers) examples.push(`title: "${reference.title}" became "${document.title}"`)

  // The legacy notice is the document's flag; without the flag its words belong in the body.
  const seen = new Map(reference.words)
  if (reference.legacyNotice && !document.legacyNotice) mergeWords(seen, reference.noticeWords ?? new Map())
  if (!reference.legacyNotice && document.legacyNotice) examples.push('legacyNotice set on a page without the notice')
  if (reference.legacyNotice && !document.legacyNotice) examples.push('legacy notice not recognised: legacyNotice unset')

  const missing = explainWords(seen, document.words, [{category: 'moved-to-fields', words: document.fieldWords ?? new Map()}])
  const extra = explainWords(document.words, seen, reference.regions)
  const items = matchItems(reference.items, document.items, reference.regions, document.fieldWords ?? new Map())
  examples.push(...items.examples)
  add(categories, missing.explained, 'words')
  add(categories, extra.explained, 'words')
  add(categories, items.explained, 'items')
  if (title.category) add(categories, {[title.category]: 1}, 'met')

  const unexplainedMissing = total(missing.unexplained)
  const unexplainedExtra = total(extra.unexplained)
  const differs = examples.length > 0 || unexplainedMissing > 0 || unexplainedExtra > 0
  return {
    sourcePath,
    status: differs ? 'differs' : Object.keys(categories).length ? 'explained' : 'same',
    title,
    words: {
      reference: total(seen),
      document: total(document.words),
      explained: missing.total - unexplainedMissing + (extra.total - unexplainedExtra),
      missing: unexplainedMissing,
      extra: unexplainedExtra,
      missingWords: [...missing.unexplained.keys()].slice(0, WORDS_SHOWN),
      extraWords: [...extra.unexplained.keys()].slice(0, WORDS_SHOWN),
    },
    constructs: items.constructs,
    categories,
    examples: examples.slice(0, EXAMPLES_SHOWN),
  }
}
