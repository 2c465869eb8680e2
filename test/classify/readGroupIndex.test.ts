import {isGroupIndex, readGroupIndex} from '../../importer/classify/readGroupIndex.ts'
import type {ConvertedPage} from '../../importer/types.ts'
import {h2, li, p} from '../fixtures/structure/blocks.ts'

const page = (body: ConvertedPage['body']): ConvertedPage => ({title: 'Working Groups', body, legacyNotice: false, toctree: [], warnings: []})

describe('readGroupIndex', () => {
  const index = page([
    p('The PSF uses working groups.'),
    h2('Active Working Groups'),
    p('These groups have sections.'),
    li({text: 'Packaging WG', href: 'Packaging/index'}, ' -- Funds and coordinates improvements'),
    li({text: 'Example WG', href: 'Example/index'}, ' – Template'),
    h2('Legacy Working Group Pages'),
    li({text: 'Bylaws WG (legacy)', href: 'Bylaws'}, ' -- Original page'),
    li('[Conduct WG Group](Conduct Group) -- Member list for the Conduct WG'),
    li('[Python Edu WG Charter](Python Edu Charter)'),
    h2('Elsewhere'),
    li({text: 'Not an entry', href: 'x'}),
  ])

  test('readGroupIndex: active entries with link text, target and summary, in order', () => {
    expect(readGroupIndex(index).active).toEqual([
      {text: 'Packaging WG', href: 'Packaging/index', summary: 'Funds and coordinates improvements'},
      {text: 'Example WG', href: 'Example/index', summary: 'Template'},
    ])
  })

  test('readGroupIndex: legacy entries, also those CommonMark left as text', () => {
    expect(readGroupIndex(index).legacy).toEqual([
      {text: 'Bylaws WG (legacy)', href: 'Bylaws', summary: 'Original page'},
      {text: 'Conduct WG Group', href: 'Conduct Group', summary: 'Member list for the Conduct WG'},
      {text: 'Python Edu WG Charter', href: 'Python Edu Charter'},
    ])
  })

  test.each([
    [index, true],
    [page([h2('Active Groups'), li('x')]), false],
    [page([p('Active Working Groups')]), false],
  ])('isGroupIndex: %#', (candidate, expected) => {
    expect(isGroupIndex(candidate)).toBe(expected)
  })
})
