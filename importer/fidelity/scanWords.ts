import {WORD_CHARACTER} from './wordList.ts'

/** Whether each code unit below 128 is a word character. */
const ASCII_WORD = Uint8Array.from({length: 128}, (_, code) => (WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 0))

/** The same question for code points from 128 on, answered once each. */
const wideWord = new Map<number, boolean>()

/** The two hashes' starting values and steps (FNV-1a, and a MurmurHash-style mix): one code unit at a time. */
const HIGH_SEED = 0x811c9dc5
const LOW_SEED = 0x1b873593
const mixHigh = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193)
const mixLow = (hash: number, code: number) => Math.imul(hash ^ code, 0x5bd1e995) ^ (hash >>> 15)

/** Called with each word's key: two 32-bit hashes of the lower-cased word (see scanWords). */
export type WordVisitor = (high: number, low: number) => void

/**
 * The words of `text`, exactly as wordList finds them (runs of letters, marks and digits,
 * lower-cased), handed over as 64-bit hash keys instead of strings. The import's word check
 * reads about 30 MB of text for psf/ + python/; as strings, its 3.5 million words cost more
 * in allocation and string hashing than the scan itself (issue 13). Two different words share a
 * key with a chance of about n² / 2⁶⁵ for n distinct words — for the 68,000 of that corpus, one
 * in 10¹⁰. A test holds this scan equal to wordList on every page of the corpus.
 */
export function scanWords(text: string, visit: WordVisitor): void {
  const length = text.length
  let index = 0
  while (index < length) {
    if (characterWidth(text, index, length) === 0) {
      index += text.charCodeAt(index) >= 0xd800 && isSurrogatePair(text, index, length) ? 2 : 1
      continue
    }
    const start = index
    let ascii = true
    let high = HIGH_SEED
    let low = LOW_SEED
    while (index < length) {
      const code = text.charCodeAt(index)
      if (code < 128) {
        if (ASCII_WORD[code] === 0) break
        const lower = code >= 65 && code <= 90 ? code + 32 : code
        high = mixHigh(high, lower)
        low = mixLow(low, lower)
        index++
      } else {
        const width = characterWidth(text, index, length)
        if (width === 0) break
        ascii = false
        index += width
      }
    }
    if (!ascii) {
      // Lower-casing outside ASCII can change the length ('İ' becomes 'i̇'): hash the lower-cased word.
      const word = text.slice(start, index).toLowerCase()
      high = HIGH_SEED
      low = LOW_SEED
      for (let at = 0; at < word.length; at++) {
        high = mixHigh(high, word.charCodeAt(at))
        low = mixLow(low, word.charCodeAt(at))
      }
    }
    visit(high | 0, low | 0)
  }
}

/** The code units of the word character at `index` (2 for a surrogate pair), or 0 if it is none. */
function characterWidth(text: string, index: number, length: number): number {
  const code = text.charCodeAt(index)
  if (code < 128) return ASCII_WORD[code]!
  const pair = code >= 0xd800 && isSurrogatePair(text, index, length)
  const point = pair ? (code - 0xd800) * 0x400 + text.charCodeAt(index + 1) - 0xdc00 + 0x10000 : code
  let word = wideWord.get(point)
  if (word === undefined) wideWord.set(point, (word = WORD_CHARACTER.test(String.fromCodePoint(point))))
  return word ? (pair ? 2 : 1) : 0
}

function isSurrogatePair(text: string, index: number, length: number): boolean {
  const code = text.charCodeAt(index)
  if (code > 0xdbff || index + 1 >= length) return false
  const next = text.charCodeAt(index + 1)
  return next >= 0xdc00 && next <= 0xdfff
}
