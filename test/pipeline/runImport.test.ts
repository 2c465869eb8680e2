import path from 'node:path'
import type {ExtractedFacts} from '../../importer/assemble/types.ts'
import {documentId} from '../../importer/identity/documentId.ts'
import {runImport, STAGES, type ImportResult} from '../../importer/pipeline.ts'
import {FIXTURE_WIKI} from '../fixtures/structure/corpus.ts'

const WG = 'psf/working-groups'
let result: ImportResult
const doc = (file: string) => result.documents.find((document) => document.provenance.sourcePath === `${WG}/${file}` && document._id === documentId(`${WG}/${file}`)) as Record<string, any>
const row = (file: string) => {
  const found = result.report.files.find((candidate) => candidate.sourcePath === `${WG}/${file}`)
  if (!found) throw new Error(`no report row for ${WG}/${file}`)
  return {...found, extracted: found.extracted as ExtractedFacts}
}

beforeAll(async () => {
  result = await runImport({sources: [path.join(FIXTURE_WIKI, WG)], wikiRoot: FIXTURE_WIKI, siteUrl: 'https://wiki.example.org/', maxFileBytes: 1024 * 1024})
})

describe('runImport on the fixture wiki', () => {
  test('runImport: runs every stage of STAGES once, in order, and reports each', () => {
    expect(result.report.stages.map((stage) => stage.name)).toEqual(STAGES.map((stage) => stage.name))
    expect(STAGES.map((stage) => stage.name)).toEqual(['read', 'convert', 'index wiki', 'classify', 'extract', 'resolve links', 'assemble', 'fidelity', 'validate', 'write'])
  })

  test('runImport: one document per file, plus the synthesized group, which its file reports', () => {
    expect(result.report.files).toHaveLength(10)
    expect(result.report.files.every((file) => file.status === 'imported')).toBe(true)
    expect(result.documents).toHaveLength(11)
    const gamma = result.documents.find((document) => document._id === documentId(`${WG}/Gamma Group.md`, 'group')) as Record<string, any>
    expect(gamma).toMatchObject({_type: 'workingGroup', status: 'historical', title: 'Gamma WG', provenance: {sourcePath: `${WG}/Gamma Group.md`}})
    expect(gamma.pages).toEqual([expect.objectContaining({_ref: documentId(`${WG}/Gamma Group.md`)})])
    expect(doc('Gamma Group.md').group._ref).toBe(gamma._id)
    const fromGammaFile = result.documents.filter((document) => document.provenance.sourcePath === `${WG}/Gamma Group.md`).map((document) => document._id)
    expect(fromGammaFile.sort()).toEqual([documentId(`${WG}/Gamma Group.md`), gamma._id].sort())
    expect(row('Gamma Group.md').warnings.map((warning) => warning.code)).toEqual(expect.arrayContaining(['group-synthesized', 'moin-group-name-guessed']))
  })

  test('runImport: the group gets its charter, members, contacts and pages in order', () => {
    const alpha = doc('Alpha/index.md')
    expect(alpha).toMatchObject({title: 'Alpha WG', status: 'active', summary: 'Does alpha things', slug: {current: 'psf/working-groups/alpha'}})
    expect(alpha.charter).toMatchObject({_type: 'charterVersion', title: 'Alpha Charter', version: 1, provenance: {sourcePath: `${WG}/Alpha/Charter.md`, moinName: 'psf/AlphaWG/Charter'}})
    expect(alpha.members.map((member: any) => [member.name, member.role, member.former ?? false])).toEqual([
      ['Ann Example', 'chair', false],
      ['Bob Sample', 'co-chair', false],
      ['Carol Test', 'member', false],
      ['Dan Former', 'non-voting', true],
    ])
    expect(alpha.contacts.map((contact: any) => contact.kind)).toEqual(['email', 'mailingList', 'chat'])
    expect(alpha.pages.map((page: any) => page._ref)).toEqual(
      ['Alpha/Charter.md', 'Alpha/2020-01-02-meeting.md', 'Alpha.md', 'Alpha Group.md'].map((file) => documentId(`${WG}/${file}`)),
    )
    expect(row('Alpha/index.md').extracted.memberDifferences).toEqual([
      {sourcePath: `${WG}/Alpha.md`, missing: ['Carol Test', 'Dan Former'], extra: ['Eve Extra'], roles: [{name: 'Bob Sample', kept: 'co-chair', other: 'vice-chair'}]},
    ])
  })

  test('runImport: the legacy page of the same name yields its slug and links to its group', () => {
    expect(doc('Alpha.md')).toMatchObject({_type: 'legacyPage', kind: 'legacy', slug: {current: 'psf/working-groups/alpha-legacy'}, group: {_ref: documentId(`${WG}/Alpha/index.md`)}})
  })

  test('runImport: member list body keeps what is not a username', () => {
    const list = doc('Alpha Group.md')
    expect(list.entries.map((entry: any) => entry.username)).toEqual(['annexample', 'AnnExample'])
    expect(JSON.stringify(list.body)).toContain('#acl Known:read')
    expect(JSON.stringify(list.body)).not.toContain('annexample')
  })

  test('runImport: broken links per file', () => {
    expect(row('Alpha.md').brokenLinks!.map((link) => link.href)).toEqual(['./NoSuchPage.html', 'Missing Page'])
  })
})

test('runImport: the NDJSON is byte for byte the same with 1 and with 3 worker threads', async () => {
  const {mkdtempSync, readFileSync, rmSync} = await import('node:fs')
  const {tmpdir} = await import('node:os')
  const dir = mkdtempSync(path.join(tmpdir(), 'workers-'))
  try {
    const written = async (workers: number) => {
      const out = path.join(dir, `dataset-${workers}.ndjson`)
      await runImport({sources: [path.join(FIXTURE_WIKI, WG)], wikiRoot: FIXTURE_WIKI, siteUrl: 'https://wiki.example.org/', maxFileBytes: 1024 * 1024, out, workers})
      return readFileSync(out)
    }
    const one = await written(1)
    expect(one.toString().split('\n').filter(Boolean)).toHaveLength(11)
    expect((await written(3)).equals(one)).toBe(true)
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
})
