const WHITESPACE = /\s+/
const NOT_WORD = /[^\p{L}\p{N}]+/gu

/**
 * Words of a text as a multiset: split at whitespace, lower-cased, punctuation removed (so
 * `PSF's` and `psf's` and `PSF\'s` are the same word and `---` is none).
 */
export function wordCounts(text: string, counts: Map<string, number> = new Map()): Map<string, number> {
  for (const raw of text.split(WHITESPACE)) {
    const word = raw.toLowerCase().replace(NOT_WORD, '')
    if (word) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return counts
}
