const WHITESPACE = /\s+/
const NOT_WORD = /[^\p{L}\p{N}]+/gu

/**
 * The words of a text in reading order: split at whitespace, lower-cased, punctuation removed
 * (so `PSF's`, `psf's` and `PSF\'s` are the same word and `---` is none). Markup-agnostic: the
 * one tokenisation of the import's word check and of `npm run verify`.
 */
export function wordList(text: string): string[] {
  const out: string[] = []
  for (const raw of text.split(WHITESPACE)) {
    const word = raw.toLowerCase().replace(NOT_WORD, '')
    if (word) out.push(word)
  }
  return out
}
