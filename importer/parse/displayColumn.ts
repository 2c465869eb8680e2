import {eastAsianWidth} from 'get-east-asian-width'

/** Code points below the first wide one (U+1100): a line of only these is one column per character. */
const ALL_NARROW = /^[\u0000-\u10ff]*$/

/**
 * The string index where display column `column` of `line` starts, counting East Asian wide and
 * fullwidth characters as two columns (Unicode's East Asian Width, through get-east-asian-width;
 * ambiguous ones narrow) — pandoc aligns table columns by display width.
 */
export function displayColumn(line: string, column: number): number {
  return displayColumns(line)(column)
}

/**
 * {@link displayColumn} for many columns of one line: the line is tested (and, if it holds wide
 * characters, measured) once, not once per column, so that cutting a row into cells takes time
 * linear in its width however many columns it has. Plain lines (the vast majority) answer with
 * `column` itself; others are walked once, by code point, so that a wide character outside the
 * BMP (an emoji) is one character of two columns.
 */
export function displayColumns(line: string): (column: number) => number {
  if (ALL_NARROW.test(line)) return (column) => Math.min(Math.max(column, 0), line.length)
  // starts[c]: the first index whose preceding characters are at least c columns wide.
  const starts: number[] = [0]
  for (let index = 0; index < line.length; ) {
    const codePoint = line.codePointAt(index)!
    index += codePoint > 0xffff ? 2 : 1
    const width = starts.length - 1 + eastAsianWidth(codePoint, {ambiguousAsWide: false})
    while (starts.length - 1 < width) starts.push(index)
  }
  return (column) => (column <= 0 ? 0 : column < starts.length ? starts[column]! : line.length)
}
