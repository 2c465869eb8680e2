import {comparePage} from '../../verify/compare/comparePage.ts'
import {documentOutline} from '../../verify/document/documentOutline.ts'
import {referenceOutline} from '../../verify/reference/referenceOutline.ts'
import {block, bullet, document, heading, numbered, table} from './pt.ts'

const compare = (source: string, doc: Record<string, unknown>) => comparePage('page.md', referenceOutline(source), documentOutline(doc), String(doc._type))

describe('comparePage: faithful documents', () => {
  test.each([
    ['a paragraph', '# T\n\nHello *brave* world.', document('T', [block('Hello brave world.')])],
    ['headings at the levels Sphinx showed (### under # is h2)', '# T\n\n### A\n\n#### B\n\n## C', document('T', [heading(2, 'A'), heading(3, 'B'), heading(2, 'C')])],
    ['nested lists, bullets and numbers', '# T\n\n- a\n  - b\n\n1. c\n2. d', document('T', [bullet('a'), bullet('b', 2), numbered('c'), numbered('d')])],
    ['a pipe table', '# T\n\n| a | b |\n|---|---|\n| 1 |   |', document('T', [table([['a', 'b'], ['1', '']])])],
    ['a link', '# T\n\nSee [the docs](https://docs.python.org).', document('T', [{...block('See '), children: [{_type: 'span', _key: 's0', text: 'See ', marks: []}, {_type: 'span', _key: 's1', text: 'the docs', marks: ['m0']}, {_type: 'span', _key: 's2', text: '.', marks: []}], markDefs: [{_type: 'link', _key: 'm0', href: 'https://docs.python.org'}]}])],
    ['a code block', '# T\n\n```python\nx = 1\n```', document('T', [{_type: 'codeBlock', _key: 'c', language: 'python', code: 'x = 1'}])],
    ['an admonition', '# T\n\n```{note}\nBe kind.\n```', document('T', [{_type: 'callout', _key: 'n', kind: 'note', body: [block('Be kind.')]}])],
    ['a definition', '# T\n\nTerm\n: Meaning', document('T', [{_type: 'definitionList', _key: 'd', items: [{_type: 'definitionItem', _key: 'i', term: 'Term', description: [block('Meaning')]}]}])],
    ['an image', '# T\n\n![logo](logo.png)', document('T', [{_type: 'figure', _key: 'f', alt: 'logo', sourceUrl: 'logo.png'}])],
  ])('comparePage: %s is the same', (_name, source, doc) => {
    const result = compare(source, doc)
    expect(result.examples).toEqual([])
    expect(result.status).toBe('same')
  })
})

describe('comparePage: differences', () => {
  test('comparePage: a lost word and a lost list item make the page differ (verify can fail)', () => {
    const result = compare('# T\n\n- one\n- two\n- three', document('T', [bullet('one'), bullet('three')]))
    expect(result.status).toBe('differs')
    expect(result.words).toMatchObject({missing: 1, extra: 0, missingWords: ['two']})
    expect(result.constructs?.['listItem bullet 1']).toEqual({reference: 3, document: 2, explained: 0, missing: 1, extra: 0})
    expect(result.examples).toEqual(['missing listItem bullet 1: "two"', 'missing paragraph: "two"'])
  })

  test('comparePage: a list item whose second paragraph became an item of its own differs', () => {
    const result = compare('# T\n\n- first\n\n  second\n- third', document('T', [bullet('first'), bullet('second'), bullet('third')]))
    expect(result.status).toBe('differs')
    expect(result.constructs?.['listItem bullet 1']).toMatchObject({reference: 2, document: 3, missing: 1, extra: 2})
    expect(result.constructs?.paragraph).toMatchObject({reference: 3, document: 3, missing: 0, extra: 0})
  })

  test("comparePage: an item's paragraph after its sub-list, kept below the item, is counted apart", () => {
    const source = '# T\n\n- first\n  - sub\n\n  after\n- next'
    const result = compare(source, document('T', [bullet('first'), bullet('sub', 2), block('after'), bullet('next')]))
    expect(result.examples).toEqual([])
    expect(result.categories?.['item-paragraph-after-nested']).toEqual({met: 1, items: 0, words: 0})
  })

  test('comparePage: an empty list item is an item without a paragraph', () => {
    expect(compare('# T\n\n- a\n-\n- b', document('T', [bullet('a'), bullet(''), bullet('b')])).status).toBe('same')
    expect(compare('# T\n\n- a\n-\n- b', document('T', [bullet('a'), bullet('b')])).status).toBe('differs')
  })

  test('comparePage: one list block holding an item\'s two paragraphs is the same item', () => {
    expect(compare('# T\n\n- first\n\n  second\n- third', document('T', [bullet('first\n\nsecond'), bullet('third')])).status).toBe('same')
  })

  test('comparePage: a heading at its written level where Sphinx nested it differs', () => {
    const result = compare('# T\n\n### A', document('T', [heading(3, 'A')]))
    expect(result.status).toBe('differs')
    expect(result.examples).toEqual(['missing heading h2: "A"', 'extra heading h3: "A"'])
  })

  test('comparePage: an inline image that became a link differs', () => {
    const result = compare('# T\n\nLook ![logo](logo.png) here', document('T', [block('Look logo here')]))
    expect(result.status).toBe('differs')
    expect(result.constructs?.image).toMatchObject({reference: 1, document: 0, missing: 1})
  })

  test('comparePage: a word the document adds differs', () => {
    const result = compare('# T\n\nHello', document('T', [block('Hello there')]))
    expect(result.words).toMatchObject({extra: 1, extraWords: ['there']})
    expect(result.status).toBe('differs')
  })

  test('comparePage: a changed title differs, unless the document is a working group', () => {
    expect(compare('# Bylaws', document('Bylaws WG', [])).status).toBe('differs')
    const group = compare('# Bylaws', document('Bylaws WG', [], {_type: 'workingGroup'}))
    expect(group.status).toBe('explained')
    expect(group.categories?.['group-title']).toEqual({met: 1, items: 0, words: 0})
  })
})

describe('comparePage: named categories are counted apart, never hidden', () => {
  test("comparePage: a pandoc `::: {}` div Sphinx drops explains the document's table made of it", () => {
    const source = '# T\n\n::: {}\n  ----- -----\n  a     b\n  ----- -----\n:::\n'
    const result = compare(source, document('T', [table([['a', 'b']])]))
    expect(result.status).toBe('explained')
    // The table, its two cells and their two paragraphs.
    expect(result.categories?.['pandoc-div-dropped']).toEqual({met: 1, items: 5, words: 2})
    expect(result.constructs?.tableCell).toEqual({reference: 0, document: 2, explained: 2, missing: 0, extra: 0})
  })

  test('comparePage: a `:::` left as a paragraph is a difference even inside a div', () => {
    const result = compare('# T\n\n:::\nText\n:::\n', document('T', [block(':::'), block('Text'), block(':::')]))
    expect(result.status).toBe('differs')
    expect(result.examples).toEqual(['extra paragraph: ":::"', 'extra paragraph: ":::"'])
  })

  test('comparePage: a grid table shown raw explains the table; its words are compared', () => {
    const source = '# T\n\n+---+---+\n| a | b |\n+---+---+\n'
    expect(compare(source, document('T', [table([['a', 'b']])])).status).toBe('explained')
    expect(compare(source, document('T', [table([['a', 'c']])])).status).toBe('differs')
  })

  test('comparePage: a `::: note` div, a literal block on the wiki, explains the callout made of it', () => {
    const result = compare('# T\n\n::: note\nBe kind.\n:::\n', document('T', [{_type: 'callout', _key: 'n', kind: 'note', body: [block('Be kind.')]}]))
    expect(result.status).toBe('explained')
    expect(result.categories?.['pandoc-div-raw']?.met).toBe(1)
    expect(result.constructs?.code).toEqual({reference: 1, document: 0, explained: 1, missing: 0, extra: 0})
  })

  test('comparePage: an indented simple table, a literal block on the wiki, explains the table', () => {
    const source = '# T\n\n    -----  -----\n    a      b\n    -----  -----\n'
    const result = compare(source, document('T', [table([['a', 'b']])]))
    expect(result.status).toBe('explained')
    expect(result.categories?.['simple-table']).toMatchObject({met: 1})
  })

  test('comparePage: a one-column simple table, read as a heading between rules, explains the table', () => {
    const source = '# T\n\n  ------------\n  [Spam](Spam)\n  ------------\n'
    const result = compare(source, document('T', [table([['Spam']])]))
    expect(result.examples).toEqual([])
    expect(result.categories?.['simple-table']?.met).toBe(1)
  })

  test('comparePage: `{.backtick}`, a spaced link and a MoinMoin icon are counted under their names', () => {
    const source = '# T\n\nRun `pip`{.backtick} [the guide](Install Guide) ![:)](/wiki/europython/img/smile.png%20":)")'
    const doc = document('T', [
      {
        ...block(''),
        children: [
          {_type: 'span', _key: 'a', text: 'Run pip ', marks: []},
          {_type: 'span', _key: 'b', text: 'the guide', marks: ['m0']},
          {_type: 'span', _key: 'c', text: ' :)', marks: []},
        ],
        markDefs: [{_type: 'link', _key: 'm0', href: 'Install Guide'}],
      },
    ])
    const result = compare(source, doc)
    expect(result.examples).toEqual([])
    expect(result.status).toBe('explained')
    expect(Object.keys(result.categories ?? {}).sort()).toEqual(['code-attribute', 'moin-icon', 'spaced-link'])
  })

  test('comparePage: a smiley written as an image of its file is a MoinMoin icon', () => {
    const result = compare('# T\n\nKeep it friendly ![:)](smile.png ":)")', document('T', [block('Keep it friendly :)')]))
    expect(result.status).toBe('explained')
    expect(result.categories?.['moin-icon']?.met).toBe(1)
  })

  test('comparePage: the legacy notice is the flag; without the flag its words are missing', () => {
    const source = '# T\n\n```{admonition} Legacy Wiki Page\n:class: note\n\nMigrated.\n```\n'
    expect(compare(source, document('T', [], {legacyNotice: true})).status).toBe('explained')
    const unflagged = compare(source, document('T', []))
    expect(unflagged.status).toBe('differs')
    expect(unflagged.words?.missingWords).toEqual(['legacy', 'wiki', 'page', 'migrated'])
  })

  test('comparePage: list items moved into member-list entries are explained by the field', () => {
    const source = '# G\n\nMembers:\n\n- AliceSmith\n- BobJones'
    const result = compare(source, document('G', [block('Members:')], {_type: 'memberList', entries: [{username: 'AliceSmith'}, {username: 'BobJones'}]}))
    expect(result.status).toBe('explained')
    expect(result.categories?.['moved-to-fields']).toMatchObject({items: 4, words: 2})
  })

  test.each([
    ['empty', 'See [PyQt]().'],
    ['not a valid URL', 'See [PyQt](http://axesslab.com%3E).'],
  ])('comparePage: a link whose target is %s, kept as text, is explained', (_name, text) => {
    const result = compare(`# T\n\n${text}`, document('T', [block('See PyQt.')]))
    expect(result.status).toBe('explained')
    expect(result.categories?.['invalid-href']).toEqual({met: 1, items: 1, words: 0})
  })

  test('comparePage: a bare URL the importer linked is explained; other extra links are not', () => {
    const url = 'https://python.org/x'
    expect(compare(`# T\n\nSee ${url}`, document('T', [{...block(''), children: [{_type: 'span', _key: 'a', text: 'See ', marks: []}, {_type: 'span', _key: 'b', text: url, marks: ['m0']}], markDefs: [{_type: 'link', _key: 'm0', href: url}]}])).status).toBe('explained')
    expect(compare('# T\n\nSee docs', document('T', [{...block(''), children: [{_type: 'span', _key: 'a', text: 'See ', marks: []}, {_type: 'span', _key: 'b', text: 'docs', marks: ['m0']}], markDefs: [{_type: 'link', _key: 'm0', href: url}]}])).status).toBe('differs')
  })
})
