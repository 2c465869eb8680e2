/** A word character: a letter, a combining mark or a digit (scanWords reads words by it too). */
export const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u
/** A word: a run of word characters. */
const WORD = new RegExp(`${WORD_CHARACTER.source}+`, 'gu')

/**
 * The words of a text in reading order, lower-cased: runs of letters, combining marks and
 * digits, split at everything else (so `PSF\'s` is `psf s` like `PSF's`, `python.org` is
 * `python org`, and `---` is no word). Markup-agnostic on purpose: the one tokenisation of the
 * import's word check and of `npm run verify`.
 */
export function wordList(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? []
}
