import path from 'node:path'
import {documentId} from '../../importer/identity/documentId.ts'
import {createLinkResolver} from '../../importer/links/createLinkResolver.ts'
import {loadWikiIndex} from '../../importer/links/loadWikiIndex.ts'
import type {LinkTarget} from '../../importer/links/types.ts'
import {FIXTURE_WIKI} from '../fixtures/structure/corpus.ts'

const WG = 'psf/working-groups'
const index = loadWikiIndex(FIXTURE_WIKI)
const inTree = [...index.pages].filter((page) => page.startsWith(`${WG}/`)).map((page) => `${page}.md`)
const resolver = createLinkResolver(index, {documentIds: new Map(inTree.map((file) => [file, documentId(file)])), siteUrl: 'https://wiki.example.org'})
const internal = (page: string, extra: Partial<LinkTarget> = {}) => expect.objectContaining({kind: 'internal', documentId: documentId(`${page}.md`), ...extra})

describe('createLinkResolver', () => {
  test.each<[string, string, unknown]>([
    // Paths relative to the page, as Sphinx reads them: `X` is X.md, else X/index.md.
    [`${WG}/index.md`, 'Alpha/index', internal(`${WG}/Alpha/index`, {via: 'path'})],
    [`${WG}/index.md`, 'Alpha', internal(`${WG}/Alpha`)],
    [`${WG}/index.md`, 'Beta', internal(`${WG}/Beta/index`)],
    [`${WG}/index.md`, 'Alpha Group', internal(`${WG}/Alpha Group`)],
    [`${WG}/index.md`, 'Alpha%20Group', internal(`${WG}/Alpha Group`)],
    [`${WG}/Alpha/Charter.md`, '../Alpha.md', internal(`${WG}/Alpha`)],
    [`${WG}/Alpha/2020-01-02-meeting.md`, 'Charter#participants', internal(`${WG}/Alpha/Charter`, {anchor: 'participants'})],
    // MoinMoin export names through _redirects.json, escapes decoded.
    [`${WG}/Alpha.md`, './AlphaWG(2f)Charter.html', internal(`${WG}/Alpha/Charter`, {via: 'redirect'})],
    [`${WG}/Alpha.md`, './AlphaWG.html', internal(`${WG}/Alpha`, {via: 'redirect'})],
    // Links written for the page's old location: `../OldWG` on psf/AlphaWG/Charter meant psf/OldWG.
    [`${WG}/Alpha/Charter.md`, '../OldWG', internal(`${WG}/Old`, {via: 'redirect'})],
    // Pages of the wiki outside the tree: absolute site URLs.
    [`${WG}/Alpha.md`, '../governance/Other', {kind: 'wikiPage', path: 'psf/governance/Other', url: 'https://wiki.example.org/psf/governance/Other.html', via: 'path'}],
    [`${WG}/Alpha.md`, '../people/AnnExample', expect.objectContaining({kind: 'wikiPage', url: 'https://wiki.example.org/people/A/Ann%20Example.html', via: 'people'})],
    // Absolute URLs of the wiki become references when the page is imported.
    [`${WG}/Alpha.md`, 'https://wiki.example.org/psf/working-groups/Alpha/Charter.html', internal(`${WG}/Alpha/Charter`, {via: 'siteUrl'})],
    [`${WG}/Alpha.md`, 'https://wiki.example.org/psf/governance/Other.html', {kind: 'external'}],
    // Attachments under the page's MoinMoin name.
    [
      `${WG}/Alpha/2020-01-02-meeting.md`,
      'attachments/Alpha/minutes.pdf',
      {kind: 'broken', reason: expect.stringContaining('no attachment "minutes.pdf"')},
    ],
    [
      `${WG}/Alpha.md`,
      'attachments/Alpha/minutes.pdf',
      {kind: 'attachment', sourcePath: 'psf/_attachments/AlphaWG/minutes.pdf', absolutePath: path.join(FIXTURE_WIKI, 'psf/_attachments/AlphaWG/minutes.pdf')},
    ],
    [`${WG}/Alpha.md`, 'attachments/AlphaWG/minutes.pdf', expect.objectContaining({kind: 'attachment'})],
    // Kept as written.
    [`${WG}/Alpha.md`, 'https://example.org/x', {kind: 'external'}],
    [`${WG}/Alpha.md`, 'mailto:alpha-wg@python.org', {kind: 'external'}],
    [`${WG}/Alpha.md`, '#participants', {kind: 'external'}],
    // Broken, with a reason.
    [`${WG}/Alpha.md`, './NoSuchPage.html', {kind: 'broken', reason: 'old page name "NoSuchPage" is not in _redirects.json and no such page exists'}],
    [`${WG}/Alpha.md`, './(20).html', expect.objectContaining({kind: 'broken'})],
    [`${WG}/Alpha.md`, 'Missing Page', {kind: 'broken', reason: `no page "${WG}/Missing Page" in the wiki`}],
    [`${WG}/Alpha.md`, '../../../outside', {kind: 'broken', reason: 'leads outside the wiki'}],
    [`${WG}/Alpha.md`, '', {kind: 'broken', reason: 'empty link target'}],
    [`${WG}/Alpha.md`, 'http://axesslab.com%3E', {kind: 'broken', reason: 'not a valid URL'}],
    [`${WG}/Alpha.md`, '/wiki/europython/img/smile.png', expect.objectContaining({kind: 'broken'})],
  ])('createLinkResolver: on %s, "%s"', (from, href, expected) => {
    expect(resolver.resolve(from, href)).toEqual(expected)
  })

  test('createLinkResolver: the old name of a page, best first', () => {
    expect(resolver.moinNameFor(`${WG}/Alpha/Charter.md`)).toBe('psf/AlphaWG/Charter')
    expect(resolver.moinNameFor(`${WG}/Alpha Group.md`)).toBe('psf/AlphaWGGroup')
    expect(resolver.moinNameFor(`${WG}/Misc.md`)).toBeUndefined()
  })
})

test('createLinkResolver: an attachment folder written escaped or not finds the same file', () => {
  expect(resolver.resolve(`${WG}/Alpha.md`, 'attachments/Alpha(57)G/minutes.pdf')).toMatchObject({kind: 'attachment'})
})
