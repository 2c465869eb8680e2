import {documentId} from '../../importer/identity/documentId.ts'
import {extractMemberList} from '../../importer/extract/extractMemberList.ts'
import {createLinkResolver} from '../../importer/links/createLinkResolver.ts'
import {loadWikiIndex} from '../../importer/links/loadWikiIndex.ts'
import {li, p} from '../fixtures/structure/blocks.ts'
import {FIXTURE_WIKI} from '../fixtures/structure/corpus.ts'

const WG = 'psf/working-groups'
const resolver = createLinkResolver(loadWikiIndex(FIXTURE_WIKI), {documentIds: new Map([[`${WG}/Alpha.md`, documentId(`${WG}/Alpha.md`)]]), siteUrl: 'https://wiki.example.org/'})

describe('extractMemberList', () => {
  test('extractMemberList: group name from the text; plain, ./Name.html and ../people/Name usernames', () => {
    const acl = li('#acl Known:read')
    const facts = extractMemberList(
      {
        sourcePath: `${WG}/Alpha Group.md`,
        body: [
          p('Members of the AlphaWGGroup (these have edit permission for the WG pages):'),
          li('dstufft'),
          li({text: 'AnnExample', href: '../people/AnnExample'}),
          li({text: 'NoPage', href: './NoPage.html'}),
          acl,
          p('For help, see ', {text: 'HelpOnGroups', href: 'HelpOnGroups'}),
        ],
      },
      resolver,
    )
    expect(facts.moinGroupName).toBe('AlphaWGGroup')
    expect(facts.moinGroupNameSource).toBe('text')
    expect(facts.entries.map(({username, profileUrl}) => ({username, profileUrl}))).toEqual([
      {username: 'dstufft', profileUrl: undefined},
      {username: 'AnnExample', profileUrl: 'https://wiki.example.org/people/A/Ann%20Example.html'},
      {username: 'NoPage', profileUrl: undefined},
    ])
    expect(facts.consumedBlocks).not.toContain(acl._key)
    expect(facts.consumedBlocks).toHaveLength(3)
  })

  test.each([
    [`${WG}/Alpha Group.md`, 'AlphaWGGroup', 'redirects'],
    [`${WG}/Gamma Group.md`, 'GammaWGGroup', 'fileName'],
  ])('extractMemberList: without a name in the text, %s is %s (from %s)', (sourcePath, name, from) => {
    const facts = extractMemberList({sourcePath, body: [li('someone')]}, resolver)
    expect([facts.moinGroupName, facts.moinGroupNameSource]).toEqual([name, from])
  })
})
