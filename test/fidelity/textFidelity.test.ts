import {convertPage} from '../../importer/convert/convertPage.ts'
import {textFidelity} from '../../importer/fidelity/textFidelity.ts'
import type {ConvertedPage} from '../../importer/types.ts'

const page = (title: string, texts: string[], legacyNotice = false, toctree: string[] = []): ConvertedPage => ({
  title,
  body: texts.map((text, i) => ({
    _type: 'block',
    _key: `b${i}`,
    style: 'normal',
    children: [{_type: 'span', _key: 's0', text, marks: []}],
    markDefs: [],
  })),
  legacyNotice,
  toctree,
  warnings: [],
})

const NOTICE = '```{admonition} Legacy Wiki Page\n:class: note\n\nThis page was migrated.\n```\n'

describe('textFidelity', () => {
  test.each([
    ['all words kept', '# T\n\nHello *world*.', page('T', ['Hello world.']), 1, []],
    ['a missing word', '# T\n\nHello brave world.', page('T', ['Hello world.']), 3 / 4, ['brave']],
    ['a word kept fewer times than written is missing', '# T\n\nno no no', page('T', ['no']), 2 / 4, ['no']],
    ['case and punctuation do not matter', "# T\n\nPSF\\'s budget", page('t', ["psf's BUDGET"]), 1, []],
    ['toctree entries are found in the toctree field', '# T\n\n```{toctree}\n:hidden:\n\nSecret\n```\n', page('T', [], false, ['Secret']), 1, []],
    ['toctree entries the page lost are missing', '# T\n\n```{toctree}\n:hidden:\n\nSecret\n```\n', page('T', []), 1 / 2, ['secret']],
    ['the legacy notice counts when flagged', `# T\n\n${NOTICE}`, page('T', [], true), 1, []],
    ['the legacy notice is missing when not flagged', `# T\n\n${NOTICE}`, page('T', []), 1 / 8, ['legacy', 'wiki', 'page', 'this', 'was', 'migrated']],
    ['div fences, div classes and table rules are not words', '# T\n\n::: line\n  ---- ----\n  a    b\n  ---- ----\n:::\n', page('T', ['a', 'b']), 1, []],
    ['div fences in a grid table cell are not words', '# T\n\n+---+---+\n| a | ::: line |\n|   | b        |\n|   | :::      |\n+---+---+\n', page('T', ['a', 'b']), 1, []],
    ['directive names, options and pandoc attributes are not words', '# T\n\n```{note}\n:class: x\n\n`a`{.backtick}\n```', page('T', ['a']), 1, []],
    ['list numbers are not words', '# T\n\n1. one\n2. two', page('T', ['one', 'two']), 1, []],
    ['an HTML comment, tags and entities are invisible', '# T\n\nA <!-- hidden --> <b>B</b>&nbsp;', page('T', ['A B']), 1, []],
    ['an empty page is perfect', '', page('', []), 1, []],
    ['a link counts its text, not its target', '# T\n\nSee [the charter](https://example.org/x "Title").', page('T', ['See the charter.']), 1, []],
    ['a target with spaces is a target too', '# T\n\nSee [the charter](Minutes (2019) Draft "t").', page('T', ['See the charter.']), 1, []],
    // The cheap check cannot tell a broken link from a link: what a reader saw of it is verify's to prove.
    ['an upload placeholder counts as a target', '# T\n\n[PDF]( "Upload new attachment "x.pdf"")', page('T', ['PDF']), 1, []],
  ])('textFidelity: %s', (_name, source, converted, score, missing) => {
    const result = textFidelity(source, converted)
    expect(result.score).toBeCloseTo(score, 5)
    expect(result.missing).toEqual(missing)
  })

  test('textFidelity: admonition titles and bodies are found in callouts', () => {
    const source = '# T\n\n```{admonition} Meeting rules\n:class: tip\n\nBe kind.\n```\n'
    expect(textFidelity(source, convertPage(source, {fallbackTitle: 'T'}))).toEqual({score: 1, missing: []})
  })

  test('textFidelity: words a table lost are missing, whatever the converter made of the table', () => {
    const source = '# T\n\n+-----+-----+\n| one | two |\n+-----+-----+\n| three | four |\n+-----+-----+\n'
    const converted = convertPage(source, {fallbackTitle: 'T'})
    expect(textFidelity(source, converted).score).toBe(1)
    const lost: ConvertedPage = {...converted, body: converted.body.slice(0, -1).concat(page('T', ['one two']).body)}
    expect(textFidelity(source, lost)).toEqual({score: 3 / 5, missing: ['three', 'four']})
  })
})
