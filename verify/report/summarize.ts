import type {Category} from '../categories.ts'
import type {PageResult} from '../types.ts'
import type {VerifySummary} from './types.ts'

/** How many pages a construct's row names as examples. */
const EXAMPLE_PAGES = 5

/** Sums the page results into the summary the terminal table and the report show. */
export function summarize(pages: PageResult[]): VerifySummary {
  const summary: VerifySummary = {
    pages: pages.length,
    same: 0,
    explained: 0,
    differs: 0,
    noDocument: 0,
    errors: 0,
    words: {reference: 0, document: 0, explained: 0, missing: 0, extra: 0},
    constructs: {},
    categories: {},
  }
  for (const page of pages) {
    if (page.status === 'no-document') summary.noDocument++
    else if (page.status === 'error') summary.errors++
    else summary[page.status]++
    if (page.words) for (const key of ['reference', 'document', 'explained', 'missing', 'extra'] as const) summary.words[key] += page.words[key]
    for (const [key, figures] of Object.entries(page.constructs ?? {})) {
      const total = (summary.constructs[key] ??= {reference: 0, document: 0, explained: 0, missing: 0, extra: 0, pagesDiffering: 0, examplePages: []})
      for (const field of ['reference', 'document', 'explained', 'missing', 'extra'] as const) total[field] += figures[field]
      if (figures.missing || figures.extra) {
        total.pagesDiffering++
        if (total.examplePages.length < EXAMPLE_PAGES) total.examplePages.push(page.sourcePath)
      }
    }
    for (const [category, figures] of Object.entries(page.categories ?? {}) as Array<[Category, {met: number; items: number; words: number}]>) {
      const total = (summary.categories[category] ??= {pages: 0, met: 0, items: 0, words: 0})
      total.pages++
      total.met += figures.met
      total.items += figures.items
      total.words += figures.words
    }
  }
  summary.constructs = Object.fromEntries(Object.entries(summary.constructs).sort(([a], [b]) => a.localeCompare(b)))
  return summary
}
