import {convertPage} from '../../importer/convert/convertPage.ts'
import {textFidelity} from '../../importer/fidelity/textFidelity.ts'
import type {ConvertedPage} from '../../importer/types.ts'

const page = (title: string, texts: string[], legacyNotice = false): ConvertedPage => ({
  title,
  body: texts.map((text, i) => ({
    _type: 'block',
    _key: `b${i}`,
    style: 'normal',
    children: [{_type: 'span', _key: 's0', text, marks: []}],
    markDefs: [],
  })),
  legacyNotice,
  toctree: [],
  warnings: [],
})

const NOTICE = '```{admonition} Legacy Wiki Page\n:class: note\n\nThis page was migrated.\n```\n'

describe('textFidelity', () => {
  test.each([
    ['all words kept', '# T\n\nHello *world*.', page('T', ['Hello world.']), 1, []],
    ['a missing word', '# T\n\nHello brave world.', page('T', ['Hello world.']), 3 / 4, ['brave']],
    ['case and punctuation do not matter', "# T\n\nPSF\\'s budget", page('t', ["psf's BUDGET"]), 1, []],
    ['a hidden toctree is invisible', '# T\n\n```{toctree}\n:hidden:\n\nSecret\n```\n', page('T', []), 1, []],
    ['the legacy notice counts when flagged', `# T\n\n${NOTICE}`, page('T', [], true), 1, []],
    ['the legacy notice is missing when not flagged', `# T\n\n${NOTICE}`, page('T', []), 1 / 8, ['legacy', 'wiki', 'page', 'this', 'was', 'migrated']],
    ['div fences and table rules are not words', '# T\n\n::: {}\n  ---- ----\n  a    b\n  ---- ----\n:::\n', page('T', ['a', 'b']), 1, []],
    ['an HTML comment is invisible', '# T\n\nA <!-- hidden --> B', page('T', ['A B']), 1, []],
    ['an empty page is perfect', '', page('', []), 1, []],
    ['a link with spaces in its target shows its text', '# T\n\nSee [the charter](Minutes (2019) Draft "t").', page('T', ['See the charter.']), 1, []],
    ['an upload placeholder is not a link: its words show', '# T\n\n[PDF]( "Upload new attachment "x.pdf"")', page('T', ['PDF']), 2 / 6, ['upload', 'new', 'attachment', 'xpdf']],
  ])('textFidelity: %s', (_name, source, converted, score, missing) => {
    const result = textFidelity(source, converted)
    expect(result.score).toBeCloseTo(score, 5)
    expect(result.missing).toEqual(missing)
  })

  test('textFidelity: admonition titles and bodies are visible and found in callouts', () => {
    const source = '# T\n\n```{admonition} Meeting rules\n:class: tip\n\nBe kind.\n```\n'
    expect(textFidelity(source, convertPage(source, {fallbackTitle: 'T'}))).toEqual({score: 1, missing: []})
  })
})
