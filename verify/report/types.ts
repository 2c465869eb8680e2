import type {Category} from '../categories.ts'
import type {ConstructFigures, PageResult, WordFigures} from '../types.ts'

/** Figures over all pages. */
export interface VerifySummary {
  pages: number
  same: number
  explained: number
  differs: number
  noDocument: number
  errors: number
  words: WordFigures
  /** Per construct: figures summed, and the pages where it differs outside the categories. */
  constructs: Record<string, ConstructFigures & {pagesDiffering: number; examplePages: string[]}>
  /** Per named category: pages that have it, and the occurrences, items and words it accounts for. */
  categories: Partial<Record<Category, {pages: number; met: number; items: number; words: number}>>
}

/** What `npm run verify` writes to `--report`. */
export interface VerifyReport {
  sources: string[]
  dataset: string
  startedAt: string
  durationMs: number
  summary: VerifySummary
  /** Input verify could not read: folders, dataset lines. */
  errors: string[]
  pages: PageResult[]
}
