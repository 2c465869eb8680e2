import path from 'node:path'
import {classifyPages} from '../../importer/classify/classifyPages.ts'
import type {Classification} from '../../importer/classify/types.ts'
import {documentId} from '../../importer/identity/documentId.ts'
import {readFixtureRecords} from '../fixtures/structure/corpus.ts'

const WG = 'psf/working-groups'
let classification: Classification
const page = (file: string) => classification.pages.find((candidate) => candidate.sourcePath === path.posix.normalize(`${WG}/${file}`))!

beforeAll(async () => {
  classification = classifyPages([...(await readFixtureRecords()), ...(await readFixtureRecords('psf/governance'))])
})

describe('classifyPages', () => {
  test('classifyPages: the index decides the groups: active in its order, then historical, then synthesized', () => {
    expect(classification.groups.map(({key, title, status, synthesized, summary}) => ({key, title, status, synthesized, summary}))).toEqual([
      {key: `${WG}/Alpha`, title: 'Alpha WG', status: 'active', synthesized: false, summary: 'Does alpha things'},
      {key: `${WG}/Beta`, title: 'Beta WG', status: 'active', synthesized: false, summary: 'Does beta things'},
      {key: `${WG}/Old`, title: 'Old WG', status: 'historical', synthesized: false, summary: 'A group that only has a legacy page'},
      {key: `${WG}/Gamma`, title: 'Gamma WG', status: 'historical', synthesized: true, summary: undefined},
    ])
  })

  test.each([
    ['index.md', {type: 'legacyPage', kind: 'index'}],
    ['Alpha/index.md', {type: 'workingGroup', groupKey: `${WG}/Alpha`}],
    ['Alpha/Charter.md', {type: 'legacyPage', kind: 'charter', groupKey: `${WG}/Alpha`, charterVersion: 1}],
    ['Alpha/2020-01-02-meeting.md', {type: 'legacyPage', kind: 'meetingNotes', date: '2020-01-02', groupKey: `${WG}/Alpha`}],
    ['Alpha.md', {type: 'legacyPage', kind: 'legacy', groupKey: `${WG}/Alpha`}],
    ['Alpha Group.md', {type: 'memberList', groupKey: `${WG}/Alpha`}],
    ['Old.md', {type: 'workingGroup', groupKey: `${WG}/Old`}],
    ['Gamma Group.md', {type: 'memberList', groupKey: `${WG}/Gamma`}],
    ['Misc.md', {type: 'legacyPage', kind: 'legacy'}],
    ['../governance/Other.md', {type: 'legacyPage', kind: 'legacy'}],
  ])('classifyPages: %s', (file, expected) => {
    const classified = page(file)
    expect(classified).toMatchObject(expected)
    expect(classified.documentId).toBe(documentId(classified.sourcePath))
  })

  test('classifyPages: a group no file stands for is synthesized from its member list, with an id of its own', () => {
    const gamma = classification.groups.find((group) => group.key === `${WG}/Gamma`)!
    expect(gamma).toMatchObject({sourcePath: `${WG}/Gamma Group.md`, documentId: documentId(`${WG}/Gamma Group.md`, 'group')})
  })

  test('classifyPages: charters are listed current (highest version) first', () => {
    expect(classification.groups[0]!.charters).toEqual([`${WG}/Alpha/Charter.md`])
  })
})
