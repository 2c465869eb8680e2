import {chairsQuery, groupBySlugQuery, groupsQuery, meetingNotesQuery, memberListsQuery, pageBySlugQuery, searchQuery} from '../../queries/index.ts'
import type {QueryResult} from '../../queries/QueryResult.ts'
import {createDatasetStore, type DatasetStore} from '../../server/store/createDatasetStore.ts'
import {importCorpus} from '../support/importCorpus.ts'

/** The library's queries, run with groq-js over the dataset imported from the real working-groups tree. */
let store: DatasetStore
beforeAll(async () => {
  const {file} = await importCorpus()
  store = createDatasetStore({name: 'production', file})
})
const run = async <Query extends string>(query: Query, params: Record<string, unknown> = {}) => (await store.query(query, params)).result as QueryResult<Query>
const PACKAGING = 'psf/working-groups/packaging'

/** The "Active Working Groups" list of psf/working-groups/index.md, in its order. */
const ACTIVE = ['Bylaws', 'Conduct', 'Fellow', 'Grants', 'Jobs', 'Marketing', 'Meta', 'Packaging', 'Project Funding', 'Pydotorg', 'Python Cuba', 'Scientific', 'Sponsor', 'Sponsorship Bundle', 'Translation', 'Example']

test('groupsQuery: the 16 active groups in the index order, then the historical ones', async () => {
  const groups = await run(groupsQuery)
  const active = groups.filter((g) => g.status === 'active')
  expect(active.map((g) => g.title?.replace(/ WG$/, ''))).toEqual(ACTIVE)
  expect(groups.slice(0, 16)).toEqual(active)
  expect(groups.slice(16).every((g) => g.status !== 'active')).toBe(true)
  expect(groups.slice(16).length).toBeGreaterThan(0)
  const packaging = groups.find((g) => g.slug === PACKAGING)!
  expect(packaging.summary).toBe('Funds and coordinates improvements to pip, PyPI, and the packaging toolchain')
  expect(packaging.memberCount).toBe(10)
})

test('groupBySlugQuery: Packaging, its chair, co-chairs, charter, contacts, pages in source order, member list', async () => {
  const group = (await run(groupBySlugQuery, {slug: PACKAGING}))!
  expect(group.members?.slice(0, 3).map((m) => `${m.name} (${m.role})`)).toEqual([
    'Donald Stufft (chair)',
    'Dustin Ingram (co-chair)',
    'Nicole Harris (co-chair)',
  ])
  expect(group.members?.at(-1)).toMatchObject({name: 'Jannis Leidel', role: 'non-voting'})
  expect(group.charter?.title).toBe('Packaging Charter')
  expect(JSON.stringify(group.charter?.body)).toContain('The purpose of this working group is to support')
  expect(group.contacts?.map((c) => c.value)).toContain('packaging-wg@python.org')
  const pageSlugs = group.pages?.map((p) => p.slug) ?? []
  expect(pageSlugs.slice(0, 2)).toEqual([`${PACKAGING}/2017-12-04-warehouse`, `${PACKAGING}/2017-12-19-warehouse`])
  expect(pageSlugs.indexOf(`${PACKAGING}/2020-12-23-pip-team-meeting`)).toBeLessThan(pageSlugs.indexOf(`${PACKAGING}/charter`))
  expect(group.memberLists?.map((l) => l.moinGroupName)).toEqual(['PackagingWGGroup'])
  expect(group.meetingNoteCount).toBe(110)
})

test('meetingNotesQuery: Packaging has 110 meeting notes, newest first, in pages', async () => {
  const all = (await run(meetingNotesQuery, {slug: PACKAGING, start: 0, end: 1000}))!
  expect(all.total).toBe(110)
  expect(all.notes).toHaveLength(110)
  const dates = all.notes.map((n) => n.date!)
  expect(dates[0]).toBe('2020-12-23')
  expect(dates.at(-1)).toBe('2017-12-04')
  expect([...dates].sort().reverse()).toEqual(dates)
  const second = (await run(meetingNotesQuery, {slug: PACKAGING, start: 10, end: 20}))!
  expect(second.notes.map((n) => n._id)).toEqual(all.notes.slice(10, 20).map((n) => n._id))
})

test('pageBySlugQuery: a meeting note with its group; the legacy Packaging page links resolve to the charter', async () => {
  const note = (await run(pageBySlugQuery, {slug: `${PACKAGING}/2020-12-23-pip-team-meeting`}))!
  expect(note).toMatchObject({_type: 'legacyPage', kind: 'meetingNotes', date: '2020-12-23', group: {slug: PACKAGING}})
  const legacy = (await run(pageBySlugQuery, {slug: `${PACKAGING}-legacy`}))!
  const targets = JSON.stringify(legacy.body).match(/"target":\{[^}]*\}/g) ?? []
  expect(targets.length).toBeGreaterThan(0)
  expect(targets[0]).toContain(`"slug":"${PACKAGING}/charter"`)
})

test('memberListsQuery: every member list with its group', async () => {
  const lists = await run(memberListsQuery)
  expect(lists.length).toBeGreaterThanOrEqual(6)
  expect(lists.find((l) => l.moinGroupName === 'PackagingWGGroup')?.group?.slug).toBe(PACKAGING)
})

test('chairsQuery: who chairs what', async () => {
  const chairs = await run(chairsQuery)
  const packaging = chairs.find((g) => g.slug === PACKAGING)
  expect(packaging?.chairs?.map((c) => c.name)).toEqual(['Donald Stufft', 'Dustin Ingram', 'Nicole Harris'])
  expect(chairs.find((g) => g.title?.startsWith('Conduct'))?.chairs?.map((c) => c.name)).toEqual(['Tania Allard', 'Jessica Greene'])
})

test('searchQuery: "resolver" finds Packaging meeting notes; title matches rank first', async () => {
  const hits = await run(searchQuery, {terms: 'resolver', limit: 200})
  expect(hits.length).toBeGreaterThan(20)
  const packagingNotes = hits.filter((h) => h.kind === 'meetingNotes' && h.slug?.startsWith(`${PACKAGING}/`))
  expect(packagingNotes.length).toBeGreaterThan(hits.length * 0.8)
  expect(hits.map((h) => h._score)).toEqual([...hits.map((h) => h._score)].sort((a, b) => Number(b) - Number(a)))
  const charter = await run(searchQuery, {terms: 'charter', limit: 5})
  expect(charter[0]!.title).toMatch(/charter/i)
})
