/** A word: a run of letters, combining marks and digits. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu

/**
 * The words of a text in reading order, lower-cased: runs of letters, combining marks and
 * digits, split at everything else (so `PSF\'s` is `psf s` like `PSF's`, `python.org` is
 * `python org`, and `---` is no word). Markup-agnostic on purpose: the one tokenisation of the
 * import's word check and of `npm run verify`.
 */
export function wordList(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? []
}
