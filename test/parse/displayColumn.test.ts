import {displayColumn} from '../../importer/parse/displayColumn.ts'
import {splitPandocTable} from '../../importer/parse/splitPandocTable.ts'

test.each([
  ['plain ASCII', 'abcdef', 3, 3],
  ['past the end', 'abc', 10, 3],
  ['CJK ideographs count two columns', '中文ab', 4, 2],
  ['Hangul syllables count two columns', '한국어 x', 6, 3],
  ['fullwidth forms count two columns', 'ＡＢc', 4, 2],
  ['halfwidth katakana count one', 'ｱｲｳ', 2, 2],
  ['an emoji outside the BMP is one character of two columns (two UTF-16 units)', '😀x', 2, 2],
  ['an emoji inside the BMP with wide presentation counts two columns', '⌚x', 2, 1],
  ['ambiguous characters count one, as pandoc counts them', '±§x', 2, 2],
  ['a column inside a wide character lands after it', '中x', 1, 1],
])('displayColumn: %s', (_what, line, column, index) => {
  expect(displayColumn(line, column)).toBe(index)
})

test('splitPandocTable: a grid table aligned by display width splits its CJK and emoji cells at the column rules', () => {
  const table = splitPandocTable([
    '+------+-----+',
    '| 中文 | ⌚x  |',
    '+------+-----+',
    '| ab   | cd  |',
    '+------+-----+',
  ])
  expect(table.rows.map((row: {cells: {text: string}[]}) => row.cells.map((cell) => cell.text))).toEqual([
    ['中文', '⌚x'],
    ['ab', 'cd'],
  ])
})
