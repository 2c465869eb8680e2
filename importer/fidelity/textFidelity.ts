import type {ConvertedPage} from '../types.ts'
import {documentText} from './documentText.ts'
import {sourceWords} from './sourceWords.ts'
import {wordCounts} from './words.ts'

/** How much of a page's text the document kept. */
export interface TextFidelity {
  /** Share (0..1) of the source's words found in the document; 1 for a page without words. */
  score: number
  /** Source words the document lacks, each once, in source order. */
  missing: string[]
}

/**
 * The import's cheap word check: the words of the raw source (markup-agnostic tokenisation, see
 * sourceWords) compared as a multiset with every string the converted page holds. It shares no
 * rule with the converter — a lost word shows whatever the converter thought of it — and it says
 * nothing about structure: `npm run verify` is the proof of that, against an independent MyST
 * parser.
 */
export function textFidelity(source: string, page: ConvertedPage): TextFidelity {
  const kept = wordCounts(documentText(page))
  let total = 0
  let found = 0
  const missing = new Set<string>()
  for (const word of sourceWords(source, page.legacyNotice)) {
    total++
    const have = kept.get(word) ?? 0
    if (have > 0) {
      found++
      kept.set(word, have - 1)
    } else missing.add(word)
  }
  return {score: total === 0 ? 1 : found / total, missing: [...missing]}
}
