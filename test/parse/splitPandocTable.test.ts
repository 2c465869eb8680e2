import {splitPandocTable} from '../../importer/parse/splitPandocTable.ts'

const cellTexts = (lines: string[]) => splitPandocTable(lines).rows.map((row) => row.cells.map((cell) => cell.text))

describe('splitPandocTable', () => {
  test.each([
    ['a headerless simple table', ['---- -----', 'a    b', 'c    d', '---- -----'], 0, [['a', 'b'], ['c', 'd']]],
    ['a simple table with a header', ['Name  Role', '----- -----', 'Ann   chair'], 1, [['Name', 'Role'], ['Ann', 'chair']]],
    [
      'a multiline table (rows separated by blank lines)',
      ['-----------------', 'key  value', '---- ------------', 'a    first', '     line', '', 'b    second', '-----------------'],
      1,
      [['key', 'value'], ['a', 'first\nline'], ['b', 'second']],
    ],
    [
      'rows no longer aligned with the rule split at wide gaps',
      ['------ ---- ----', '[x](abc)   Type   Date', '------ ---- ----'],
      0,
      [['[x](abc)', 'Type', 'Date']],
    ],
    [
      'a grid table with a header and a spanning cell',
      ['+---+-----+', '| a | b   |', '+===+=====+', '| c | d   |', '|   | e   |', '+---+-----+', '| both    |', '+---+-----+'],
      1,
      [['a', 'b'], ['c', 'd\ne'], ['both']],
    ],
    ['a grid row whose pipes moved', ['+------+------+', '| [x](y) | z |', '+------+------+'], 0, [['[x](y)', 'z']]],
  ])('splitPandocTable: %s', (_name, lines, headerRows, cells) => {
    expect(splitPandocTable(lines).headerRows).toBe(headerRows)
    expect(cellTexts(lines)).toEqual(cells)
  })

  test('splitPandocTable: a spanning grid cell records its colSpan', () => {
    const table = splitPandocTable(['+---+---+', '| a | b |', '+---+---+', '| wide  |', '+---+---+'])
    expect(table.rows[1].cells).toEqual([{text: 'wide', colSpan: 2}])
  })
})

describe('splitPandocTable on pathological input', () => {
  test('splitPandocTable: a misaligned grid row of 300,000 lines keeps every line (no stack overflow)', () => {
    const lines = ['+-----+', ...Array.from({length: 300_000}, (_, i) => `|a${i}|`), '+-----+']
    const cells = splitPandocTable(lines).rows[0]!.cells
    expect(cells).toHaveLength(1)
    expect(cells[0]!.text.split('\n')).toEqual(Array.from({length: 300_000}, (_, i) => `a${i}`))
  })
})
