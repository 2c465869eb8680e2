import {convertPage} from '../../importer/convert/convertPage.ts'

const convert = (source: string) => convertPage(source, {fallbackTitle: 'Page', path: 'Page.md'})
const texts = (blocks: unknown[]) => blocks.map((block) => ((block as {children?: {text: string}[]}).children ?? []).map((span) => span.text).join(''))

test('emitBlock: a table inside a callout becomes the blocks of its cells, in order, with a warning', () => {
  const page = convert('# Page\n\n```{note}\n+---+---+\n| a | b |\n+===+===+\n| c | d |\n+---+---+\n```\n')
  const callout = page.body.find((block) => block._type === 'callout') as {body: unknown[]}
  expect(texts(callout.body)).toEqual(['a', 'b', 'c', 'd'])
  expect(callout.body.map((block) => (block as {_key: string})._key)).toEqual(['b0', 'b1', 'b2', 'b3'])
  expect(page.warnings).toEqual([expect.objectContaining({code: 'lowered-block', message: expect.stringContaining('table')})])
})

test('emitBlock: a definition list inside a callout becomes bold terms and their descriptions', () => {
  const page = convert('# Page\n\n```{note}\nTerm\n: Meaning\n```\n')
  const callout = page.body.find((block) => block._type === 'callout') as {body: {children: {marks: string[]}[]}[]}
  expect(texts(callout.body)).toEqual(['Term', 'Meaning'])
  expect(callout.body[0]!.children[0]!.marks).toEqual(['strong'])
})
