import {mystParse} from 'myst-parser'
import {convertPage} from '../../importer/convert/convertPage.ts'
import {normalizeDocument} from '../../export/compare/normalizeDocument.ts'
import {createWriteContext} from '../../export/markdown/createWriteContext.ts'
import type {LinkTargets, PtNode, WriteProblem} from '../../export/markdown/types.ts'

const links: LinkTargets = {
  documentHref: (ref, anchor) => `Other/${ref}${anchor ? `#${anchor}` : ''}`,
  attachmentHref: (_file, sourcePath) => `attachments/${sourcePath?.split('/').slice(2).join('/')}`,
  assetHref: () => undefined,
}

/** Writes blocks as MyST with the export's writer. */
function write(blocks: PtNode[]): {text: string; problems: WriteProblem[]} {
  const problems: WriteProblem[] = []
  return {text: createWriteContext(links, problems).writeBlocks(blocks), problems}
}

/** The blocks the importer's converter makes of a page, without keys. */
function read(markdown: string): unknown {
  return normalizeDocument({body: convertPage(`# T\n\n${markdown}\n`, {fallbackTitle: 'T'}).body}).body
}

/** mdast node types in document order, as the independent reader (executablebooks' myst-parser) sees them. */
function mystTypes(markdown: string): string[] {
  const types: string[] = []
  const visit = (node: {type: string; children?: unknown[]}) => {
    types.push(node.type)
    for (const child of node.children ?? []) visit(child as {type: string; children?: unknown[]})
  }
  visit(mystParse(markdown) as never)
  return types
}

/**
 * Each construct as the wiki writes it: the importer converts it, the export writes the blocks,
 * the importer reads the written MyST back to the same blocks, and myst-parser (what Sphinx's
 * reader is a port of) sees the construct named.
 */
const CASES: [name: string, source: string, construct: string][] = [
  ['paragraph with marks', 'Some **bold *both*** and ~~gone~~ `code` text with a [link](https://example.org/a_b).', 'strong'],
  ['escapes and line starts', 'Text with \\* star, \\_under\\_, \\[brackets\\], \\<tag\\>, a \\# hash, 50\\% and `` a`b ``.\\\n1\\. not a list\\\n\\- not a bullet', 'break'],
  ['headings', '## Second\n\n### Third *em*\n\n#### Fourth', 'heading'],
  ['nested lists', '- one\n  - two\n    1. three\n- four\n\n1. first\n2. second', 'list'],
  ['list levels without parents', '- - deep\n  - deep sibling\n- top', 'listItem'],
  ['quote', '> quoted *text*\n>\n> second paragraph', 'blockquote'],
  ['code fence', '```python\ndef f():\n    return "```"\n```', 'code'],
  ['code directive with a spaced language', '```{code-block} python3 extra\nprint(1)\n```', 'mystDirective'],
  ['admonition directive', '```{note} A title\nBody with a [link](https://example.org).\n\n- item\n```', 'admonition'],
  ['pandoc div callout', '::: warning\nCareful.\n:::', 'admonition'],
  ['generic admonition', '```{admonition} Named\nText.\n```', 'admonition'],
  ['definition list', 'Term one\n:   Description *one*.\n\n    Second paragraph.\n\nTerm two\n:   Two.', 'definitionList'],
  ['figure', '![An image](https://example.org/x.png "A caption")', 'image'],
  ['image in a link', '[![label](https://example.org/i.png)](https://example.org/page)', 'link'],
  ['hard breaks', 'line one\\\nline two  \nline three', 'break'],
  ['autolinked URL text', 'See <https://example.org/x> and http://example.org/y.', 'link'],
  ['list item with two paragraphs', '- first paragraph\n\n  second *paragraph*\n- next', 'listItem'],
  ['item paragraph after its nested list', '- item\n  - nested\n\n  after the nested list\n\n  - more nested\n- top', 'listItem'],
  ['inline image and a linked badge', 'An ![icon](https://example.org/i.png) and [![badge](https://example.org/b.svg)](https://example.org/ci) here.', 'image'],
  ['quote holding a list inside an item', '- item\n\n  > - quoted nested\n  >   - deeper\n- next', 'blockquote'],
  ['empty item followed by a code block', '- one\n\n  -\n    ```python\n    print(1)\n    ```\n  - nested after the code\n- two', 'code'],
  ['quoted list item holding a line div and a definition list', '> 1. install\n>\n>    ::: line\n>    cd /tmp\n>    :::\n>\n>    - first\n>\n>    explore\n>    :   - the tree\n>\n>    - after the definitions\n> 2. next', 'definitionList'],
  ['quoted item holding code and a paragraph after it, then a nested list', '> - a\n>   - b\n>\n>     ```\n>     code\n>     ```\n>\n>     after the code\n>\n>     - c\n> - d', 'code'],
]

test.each(CASES)('export writer: %s reads back to the same blocks', (_name, source, construct) => {
  const blocks = convertPage(`# T\n\n${source}\n`, {fallbackTitle: 'T'}).body as unknown as PtNode[]
  const {text, problems} = write(blocks)
  expect(problems).toEqual([])
  expect(read(text)).toEqual(read(source))
  expect(mystTypes(text)).toContain(construct)
})

/**
 * The shapes the converter makes of list items and images (README, "How the page's structure
 * becomes Portable Text"), checked on the source side so that the cases above exercise them.
 */
test.each([
  ['list item with two paragraphs', (body: PtNode[]) => expect(body[0]).toMatchObject({listItem: 'bullet', children: [{text: 'first paragraph\n\nsecond '}, {text: 'paragraph'}]})],
  ['item paragraph after its nested list', (body: PtNode[]) => expect(body.map((block) => block.listItem ? `${block.listItem}${block.level}` : block.style)).toEqual(['bullet1', 'bullet2', 'normal', 'bullet2', 'bullet1'])],
  ['inline image and a linked badge', (body: PtNode[]) => expect(body[0]!.children).toMatchObject([{}, {_type: 'inlineImage', alt: 'icon'}, {}, {_type: 'inlineImage', alt: 'badge', href: 'https://example.org/ci'}, {}])],
  ['empty item followed by a code block', (body: PtNode[]) => expect(body.map((block) => block.listItem ? `${block.listItem}${block.level}:${(block.children as {text: string}[])[0]?.text ?? ''}` : block._type)).toEqual(['bullet1:one', 'bullet2:', 'codeBlock', 'bullet2:nested after the code', 'bullet1:two'])],
  ['quoted list item holding a line div and a definition list', (body: PtNode[]) => expect(body.map((block) => block.listItem ? `${block.style} ${block.listItem}${block.level}` : block._type)).toEqual(['blockquote number1', 'blockquote bullet2', 'definitionList', 'blockquote bullet2', 'blockquote number1'])],
] as [string, (body: PtNode[]) => void][])('export writer: the source of "%s" has the converter\'s shape', (name, check) => {
  const source = CASES.find(([caseName]) => caseName === name)![1]
  check(convertPage(`# T\n\n${source}\n`, {fallbackTitle: 'T'}).body as unknown as PtNode[])
})

test('export writer: a grid table with spans and blocks in cells reads back to the same table', () => {
  const source = [
    '+--------+--------------+',
    '| Head   | Other        |',
    '+========+==============+',
    '| - a    | two          |',
    '| - b    |              |',
    '|        | paragraphs   |',
    '+--------+--------------+',
    '| spanning both columns |',
    '+-----------------------+',
  ].join('\n')
  const blocks = convertPage(`# T\n\n${source}\n`, {fallbackTitle: 'T'}).body as unknown as PtNode[]
  expect(blocks[0]!._type).toBe('table')
  const {text, problems} = write(blocks)
  expect(problems).toEqual([])
  expect(read(text)).toEqual(read(source))
})

test('export writer: internal and attachment links become relative links; two definition lists stay two', () => {
  const block = (markDefs: PtNode[]): PtNode => ({_type: 'block', style: 'normal', children: [{_type: 'span', text: 'go', marks: ['k']}], markDefs})
  const {text} = write([
    block([{_type: 'internalLink', _key: 'k', reference: {_type: 'reference', _ref: 'Page'}, anchor: 'part'}]),
    block([{_type: 'attachmentLink', _key: 'k', file: {_type: 'file'}, sourcePath: 'psf/_attachments/Folder/x.pdf'}]),
    {_type: 'definitionList', items: [{_type: 'definitionItem', term: 'A', description: [block([])]}]},
    {_type: 'definitionList', items: [{_type: 'definitionItem', term: 'B', description: [block([])]}]},
  ])
  expect(text).toContain('[go](Other/Page#part)')
  expect(text).toContain('[go](attachments/Folder/x.pdf)')
  expect(mystTypes(text).filter((type) => type === 'definitionList')).toHaveLength(2)
  expect((read(text) as PtNode[]).filter((block) => block._type === 'definitionList')).toHaveLength(2)
})

test('export writer: a block type without a writer is reported, not dropped silently', () => {
  const {problems} = write([{_type: 'mystery'}])
  expect(problems).toEqual([{code: 'unknown-block', message: 'block type "mystery" has no MyST form; left out'}])
})

test('export writer: an inline image object is written as an image, inside its link when it has one', () => {
  const {text, problems} = write([
    {
      _type: 'block',
      style: 'normal',
      children: [
        {_type: 'span', text: 'Badge ', marks: ['strong']},
        {_type: 'inlineImage', alt: 'build', sourceUrl: 'https://example.org/b.svg', href: 'https://example.org/ci'},
        {_type: 'span', text: ' after.', marks: []},
      ],
      markDefs: [],
    },
  ])
  expect(problems).toEqual([])
  expect(text).toBe('**Badge** [![build](https://example.org/b.svg)](https://example.org/ci) after.')
  const paragraph = (mystParse(text) as any).children[0]
  expect(paragraph.children.map((node: {type: string}) => node.type)).toEqual(['strong', 'text', 'link', 'text'])
  expect(paragraph.children[2].children[0]).toMatchObject({type: 'image', url: 'https://example.org/b.svg', alt: 'build'})
})

test.each([
  ['a bold word with a trailing space before a word', [{t: 'Bold ', m: ['strong']}, {t: 'after', m: []}]],
  ['an italic word with a leading space after a word', [{t: 'before', m: []}, {t: ' it', m: ['em']}]],
  ['a linked bold phrase ending in a space', [{t: 'go ', m: ['k', 'strong']}, {t: 'on', m: ['k']}, {t: '.', m: []}]],
])('export writer: %s (as an editor types it) reads back the same, a space at the edge of emphasis aside', (_name, spans) => {
  const block: PtNode = {
    _type: 'block',
    style: 'normal',
    children: spans.map(({t, m}) => ({_type: 'span', text: t, marks: m})),
    markDefs: spans.some(({m}) => m.includes('k')) ? [{_type: 'link', _key: 'k', href: 'https://example.org/'}] : [],
  }
  const {text, problems} = write([block])
  expect(problems).toEqual([])
  expect(read(text)).toEqual(normalizeDocument({body: [block]}).body)
})

test('export writer: a list item\'s further paragraph is written as a paragraph of the item, not as line breaks', () => {
  const blocks = convertPage('# T\n\n- first paragraph\n\n  second paragraph\n', {fallbackTitle: 'T'}).body as unknown as PtNode[]
  const {text} = write(blocks)
  expect(text).toBe('- first paragraph\n\n  second paragraph')
  const item = (mystParse(text) as any).children[0].children[0]
  expect(item.type).toBe('listItem')
  expect(item.children.map((node: {type: string}) => node.type)).toEqual(['paragraph', 'paragraph'])
})
