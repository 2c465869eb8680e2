/** East Asian wide and fullwidth ranges: pandoc aligns table columns by display width. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  )
}

/**
 * The string index where display column `column` of `line` starts. Plain lines (the vast
 * majority) answer with `column` itself; lines with wide characters are walked once.
 */
export function displayColumn(line: string, column: number): number {
  return displayColumns(line)(column)
}

/**
 * {@link displayColumn} for many columns of one line: the line is tested (and, if it holds wide
 * characters, measured) once, not once per column, so that cutting a row into cells takes time
 * linear in its width however many columns it has.
 */
export function displayColumns(line: string): (column: number) => number {
  if (!WIDE.test(line)) return (column) => Math.min(column, line.length)
  // starts[c]: the first index whose preceding characters are at least c columns wide.
  const starts: number[] = [0]
  for (let index = 0; index < line.length; index++) {
    const width = starts.length - 1 + (isWide(line.charCodeAt(index)) ? 2 : 1)
    while (starts.length - 1 < width) starts.push(index + 1)
  }
  return (column) => (column <= 0 ? 0 : column < starts.length ? starts[column]! : line.length)
}
