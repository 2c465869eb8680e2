import {parseMarkdown} from '../../importer/parse/parseMarkdown.ts'
import {parseDirective} from '../../importer/parse/parseDirective.ts'
import {splitLargeSource} from '../../importer/parse/splitLargeSource.ts'

const types = (source: string) => parseMarkdown(source).map((token) => token.type)

describe('parseMarkdown', () => {
  test.each([
    ['a div with attributes', '::: {}\ntext\n:::\n', ['fenced_div_open', 'paragraph_open', 'inline', 'paragraph_close', 'fenced_div_close']],
    ['a div opened by `::: ` (pandoc, no attributes)', '::: \ntext\n:::\n', ['fenced_div_open', 'paragraph_open', 'inline', 'paragraph_close', 'fenced_div_close']],
    [
      'nested divs of equal length',
      '::: note\n::: line\nx\n:::\n:::\n',
      ['fenced_div_open', 'fenced_div_open', 'paragraph_open', 'inline', 'paragraph_close', 'fenced_div_close', 'fenced_div_close'],
    ],
    ['a sentence starting with ::: is text', '::: some new operators should be added\n', ['paragraph_open', 'inline', 'paragraph_close']],
    ['a closing fence ends a list item paragraph', '::: \n- item\n:::\n', ['fenced_div_open', 'bullet_list_open', 'list_item_open', 'paragraph_open', 'inline', 'paragraph_close', 'list_item_close', 'bullet_list_close', 'fenced_div_close']],
    ['a lone rule is still a rule', 'text\n\n------\n\nmore\n', ['paragraph_open', 'inline', 'paragraph_close', 'hr', 'paragraph_open', 'inline', 'paragraph_close']],
    ['a dash-framed table', '  ---- ----\n  a    b\n  ---- ----\n', ['pandoc_table']],
    ['a grid table', '+---+\n| a |\n+---+\n', ['pandoc_table']],
  ])('parseMarkdown: %s', (_name, source, expected) => {
    expect(types(source)).toEqual(expected)
  })

  test('parseMarkdown: link hrefs stay as written', () => {
    const inline = parseMarkdown('[x](../people/Jörg%20M "t") [y](<Page Name>)')[1]
    const hrefs = inline.children?.filter((token) => token.type === 'link_open').map((token) => token.attrGet('href'))
    expect(hrefs).toEqual(['../people/Jörg%20M', 'Page Name'])
  })
})

describe('parseDirective', () => {
  test('parseDirective: splits name, argument, options and body', () => {
    expect(parseDirective('{admonition} Legacy Wiki Page', ':class: note\n\nBody line\n')).toEqual({
      name: 'admonition',
      argument: 'Legacy Wiki Page',
      options: {class: 'note'},
      body: 'Body line\n',
      bodyOffset: 2,
    })
    expect(parseDirective('python', 'x')).toBeUndefined()
  })
})

describe('splitLargeSource', () => {
  test('splitLargeSource: small pages stay whole; large ones split before headings outside fences', () => {
    expect(splitLargeSource('# a\n\ntext\n')).toEqual([{text: '# a\n\ntext\n', line: 0}])
    const source = '# A\n\ntext\n\n```\n\n# not a heading\n```\n\n# B\n\nmore\n'
    const chunks = splitLargeSource(source, 4)
    expect(chunks.map((chunk) => chunk.text).join('')).toBe(source)
    expect(chunks.map((chunk) => chunk.line)).toEqual([0, 9])
  })
})
