import type {ConvertedPage} from '../types.ts'
import {documentText} from './documentText.ts'
import {readerSource, renderedText} from './readerText.ts'
import {wordCounts} from './words.ts'

/** How much of what a reader saw survived the conversion. */
export interface TextFidelity {
  /** Share (0..1) of reader-visible words found in the document; 1 for a page without words. */
  score: number
  /** Reader-visible words the document lacks, each once, in reading order. */
  missing: string[]
}

/**
 * Text fidelity of a converted page: the words a reader sees on the rendered source page
 * (computed independently of the converter, with a plain markdown-it) compared as a multiset
 * with the words of the document. The legacy notice counts as found when `legacyNotice` is set.
 */
export function textFidelity(source: string, page: ConvertedPage): TextFidelity {
  const reader = readerSource(source)
  const seen = wordCounts(renderedText(reader.visible))
  const kept = wordCounts(documentText(page))
  if (page.legacyNotice) wordCounts(renderedText(reader.legacyNotice), kept)
  // The notice is visible to a reader whether or not the importer recognised it.
  wordCounts(renderedText(reader.legacyNotice), seen)

  let total = 0
  let found = 0
  const missing: string[] = []
  for (const [word, count] of seen) {
    const have = kept.get(word) ?? 0
    total += count
    found += Math.min(count, have)
    if (have < count) missing.push(word)
  }
  return {score: total === 0 ? 1 : found / total, missing}
}
