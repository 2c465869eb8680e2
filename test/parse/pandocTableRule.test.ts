import {parseMarkdown} from '../../importer/parse/parseMarkdown.ts'

/** Block token types, `pandoc_table` with its row count, paragraphs as `p(text)`. */
const blocks = (source: string) =>
  parseMarkdown(source)
    .filter((token) => token.type !== 'paragraph_open' && token.type !== 'paragraph_close')
    .map((token) => (token.type === 'inline' ? `p(${token.content})` : token.type === 'pandoc_table' ? `table(${token.meta.rows.length})` : token.type))

// These inputs used to be scanned to their end from every start line (time quadratic in their
// length, see `npm run bench`); the failed look-ahead is now remembered. What they become stays.
describe('pandocTableRule on pathological input', () => {
  test('pandocTableRule: dash lines that never close a table stay rules and paragraphs', () => {
    expect(blocks('----\nx\n\n'.repeat(500))).toEqual(Array.from({length: 500}, () => ['hr', 'p(x)']).flat())
  })

  test('pandocTableRule: a closing dash line at the end makes the first dash line a 51-row multiline table', () => {
    const source = `${'----\nx\n\n'.repeat(50)}----\na  b\n----\n`
    expect(blocks(source)).toEqual(['table(51)'])
  })

  test('pandocTableRule: after failed look-aheads, a table that does close is still read', () => {
    const source = `${'----\nx\n\n'.repeat(50)}\n----\na  b\n----\n`
    expect(blocks(source).slice(-3)).toEqual(['hr', 'p(x)', 'table(1)'])
  })

  test('pandocTableRule: a look-ahead that failed outside a quote does not decide inside it', () => {
    // From line 0 the scan fails at the end; inside the quote, `----` opens a table that closes.
    expect(blocks('----\nx\n> ----\n> y\n> ----\n>\nz\n')).toEqual(['hr', 'p(x)', 'blockquote_open', 'table(1)', 'blockquote_close', 'p(z)'])
  })

  test('pandocTableRule: list items that each open a grid never closed stay paragraphs', () => {
    const items = blocks('+ +---+---+\n| a | b |\n'.repeat(300))
    expect(items.filter((type) => type === 'p(+---+---+\n| a | b |)')).toHaveLength(300)
    expect(items).not.toContain('table(1)')
  })

  test('pandocTableRule: a grid with its closing border after failed runs is still a table', () => {
    const source = `${'+---+\n| a |\n\n'.repeat(20)}+---+\n| b |\n+---+\n`
    expect(blocks(source)).toEqual([...Array.from({length: 20}, () => 'p(+---+\n| a |)'), 'table(1)'])
  })

  test('pandocTableRule: a 2,000-column grid table keeps every cell', () => {
    const border = `${'+---'.repeat(2000)}+`
    const table = parseMarkdown(`${border}\n${'| a '.repeat(2000)}|\n${border}\n`)[0]!
    expect(table.meta.rows[0].cells.map((cell: {text: string}) => cell.text)).toEqual(Array.from({length: 2000}, () => 'a'))
  })

  test('pandocTableRule: a 2,000-column simple table with wide characters keeps every cell', () => {
    const table = parseMarkdown(`${'日本 '.repeat(2000)}\n${'---- '.repeat(2000)}\n${'ab   '.repeat(2000)}\n`)[0]!
    expect(table.meta.rows.map((row: {cells: {text: string}[]}) => new Set(row.cells.map((cell) => cell.text)))).toEqual([new Set(['日本']), new Set(['ab'])])
    expect(table.meta.rows[1].cells).toHaveLength(2000)
  })
})
