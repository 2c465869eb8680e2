import {wordList} from '../importer/fidelity/wordList.ts'
import {wordCounts} from '../importer/fidelity/words.ts'
import type {Words} from './types.ts'

/** An item's matching text: its words, space-joined. */
export function itemText(text: string): string {
  return wordList(text).join(' ')
}

/** Adds the words of `text` to a multiset. */
export function addWords(words: Words, text: string): void {
  wordCounts(text, words)
}

/** Adds one multiset into another. */
export function mergeWords(into: Words, from: Words): void {
  for (const [word, count] of from) into.set(word, (into.get(word) ?? 0) + count)
}

/** How an item's text is shown in the report: as written, on one line, shortened. */
export function shown(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 80 ? `${line.slice(0, 79)}…` : line
}
