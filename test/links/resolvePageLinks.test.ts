import {documentId} from '../../importer/identity/documentId.ts'
import {createLinkResolver} from '../../importer/links/createLinkResolver.ts'
import {LinkResolutionError} from '../../importer/links/LinkResolutionError.ts'
import {loadWikiIndex} from '../../importer/links/loadWikiIndex.ts'
import {resolvePageLinks} from '../../importer/links/resolvePageLinks.ts'
import type {BodyBlock, TextBlock} from '../../importer/types.ts'
import {block, li, p} from '../fixtures/structure/blocks.ts'
import {FIXTURE_WIKI} from '../fixtures/structure/corpus.ts'

const WG = 'psf/working-groups'
const inTree = [`${WG}/Alpha.md`, `${WG}/Alpha/Charter.md`, `${WG}/Alpha Group.md`, `${WG}/Alpha/index.md`]
const resolver = createLinkResolver(loadWikiIndex(FIXTURE_WIKI), {
  documentIds: new Map(inTree.map((file) => [file, documentId(file)])),
  siteUrl: 'https://wiki.example.org/',
})
const source = ['# Alpha', '', '- [Charter](Alpha/Charter)', '- [nowhere](./NoSuchPage.html)', '- [Alpha WG Group](Alpha Group)', '- [x]()'].join('\n')
const resolve = (body: BodyBlock[], toctree: string[] = []) => resolvePageLinks({sourcePath: `${WG}/Alpha.md`, source, body, toctree}, resolver)

describe('resolvePageLinks', () => {
  test('resolvePageLinks: a link into the tree becomes an internalLink with the same _key', () => {
    const {body, counts} = resolve([li({text: 'Charter', href: 'Alpha/Charter'})])
    const [result] = body as TextBlock[]
    expect(result!.markDefs).toEqual([{_type: 'internalLink', _key: (result!.children[0] as {marks: string[]}).marks[0], reference: {_type: 'reference', _ref: documentId(`${WG}/Alpha/Charter.md`)}}])
    expect(counts.internal).toBe(1)
  })

  test.each<[string, string, object]>([
    ['a wiki page outside the tree', '../governance/Other', {_type: 'link', href: 'https://wiki.example.org/psf/governance/Other.html'}],
    ['an attachment', 'attachments/Alpha/minutes.pdf', {_type: 'attachmentLink', sourcePath: 'psf/_attachments/AlphaWG/minutes.pdf'}],
    ['an external URL', 'https://example.org/', {_type: 'link', href: 'https://example.org/'}],
    ['a broken relative link (kept as written)', './NoSuchPage.html', {_type: 'link', href: './NoSuchPage.html'}],
  ])('resolvePageLinks: %s', (_name, href, expected) => {
    const [result] = resolve([p({text: 'x', href})]).body as TextBlock[]
    expect(result!.markDefs[0]).toMatchObject(expected)
  })

  test('resolvePageLinks: link text CommonMark did not parse becomes a reference, spans split', () => {
    const [result] = resolve([block(['See [Alpha WG Group](Alpha Group) for editors.'], {key: 'b3'})]).body as TextBlock[]
    expect(result!.children.map((span) => (span._type === 'span' ? span.text : ''))).toEqual(['See ', 'Alpha WG Group', ' for editors.'])
    expect(result!.markDefs).toEqual([{_type: 'internalLink', _key: 'b3-t0', reference: {_type: 'reference', _ref: documentId(`${WG}/Alpha Group.md`)}}])
  })

  test('resolvePageLinks: broken links are reported with page, line, href and reason', () => {
    const {brokenLinks} = resolve([li({text: 'nowhere', href: './NoSuchPage.html'}), li('[missing](Missing Page)')])
    expect(brokenLinks.every((link) => link instanceof LinkResolutionError)).toBe(true)
    expect(brokenLinks.map((link) => link.toJSON())).toEqual([
      expect.objectContaining({stage: 'links', sourcePath: `${WG}/Alpha.md`, line: 4, href: './NoSuchPage.html', origin: 'markDef'}),
      expect.objectContaining({href: 'Missing Page', origin: 'text', reason: `no page "${WG}/Missing Page" in the wiki`}),
    ])
    expect(brokenLinks[0]!.message).toBe(`${WG}/Alpha.md:4: broken link "./NoSuchPage.html": old page name "NoSuchPage" is not in _redirects.json and no such page exists`)
  })

  test('resolvePageLinks: an empty href loses its annotation, keeps its text, and is reported', () => {
    const {body, brokenLinks} = resolve([li({text: 'x', href: ''})])
    const [result] = body as TextBlock[]
    expect(result!.markDefs).toEqual([])
    expect(result!.children).toEqual([expect.objectContaining({text: 'x', marks: []})])
    expect(brokenLinks[0]).toMatchObject({href: '', reason: 'empty link target'})
  })

  test('resolvePageLinks: links inside callouts and table cells are resolved too', () => {
    const inner = p({text: 'Charter', href: 'Alpha/Charter'})
    const {counts} = resolve([
      {_type: 'callout', _key: 'c', kind: 'note', body: [inner]},
      {_type: 'table', _key: 't', headerRows: 0, rows: [{_type: 'tableRow', _key: 'r', cells: [{_type: 'tableCell', _key: 'c1', content: [inner]}]}]},
    ])
    expect(counts.internal).toBe(2)
  })

  test('resolvePageLinks: toctree entries get their documents; missing ones are reported', () => {
    const {toctree, brokenLinks} = resolve([], ['Alpha/Charter', 'Title <Alpha/index>', 'Nowhere'])
    expect(toctree).toEqual([
      {_type: 'tocEntry', _key: 'toc0', target: 'Alpha/Charter', document: {_type: 'reference', _ref: documentId(`${WG}/Alpha/Charter.md`)}},
      {_type: 'tocEntry', _key: 'toc1', target: 'Title <Alpha/index>', title: 'Title', document: {_type: 'reference', _ref: documentId(`${WG}/Alpha/index.md`)}},
      {_type: 'tocEntry', _key: 'toc2', target: 'Nowhere'},
    ])
    expect(brokenLinks).toEqual([expect.objectContaining({href: 'Nowhere', origin: 'toctree'})])
  })
})
