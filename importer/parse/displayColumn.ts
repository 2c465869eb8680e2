import {eastAsianWidth} from 'get-east-asian-width'

/** Code points below the first wide one (U+1100): a line of only these is one column per character. */
const ALL_NARROW = /^[\u0000-\u10ff]*$/

/**
 * The string index where display column `column` of `line` starts, counting East Asian wide and
 * fullwidth characters as two columns (Unicode's East Asian Width, through get-east-asian-width;
 * ambiguous ones narrow) — pandoc aligns table columns by display width. Plain lines (the vast
 * majority) answer with `column` itself; others are walked once, by code point, so that a wide
 * character outside the BMP (an emoji) is one character of two columns.
 */
export function displayColumn(line: string, column: number): number {
  if (ALL_NARROW.test(line)) return Math.min(column, line.length)
  let width = 0
  let index = 0
  while (index < line.length && width < column) {
    const codePoint = line.codePointAt(index)!
    width += eastAsianWidth(codePoint, {ambiguousAsWide: false})
    index += codePoint > 0xffff ? 2 : 1
  }
  return index
}
