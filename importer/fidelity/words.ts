import {wordList} from './wordList.ts'

/** Words of a text as a multiset (see wordList for what a word is). */
export function wordCounts(text: string, counts: Map<string, number> = new Map()): Map<string, number> {
  for (const word of wordList(text)) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}
