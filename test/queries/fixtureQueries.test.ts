import path from 'node:path'
import {chairsQuery, groupBySlugQuery, groupsQuery, meetingNotesQuery, memberListsQuery, pageBySlugQuery, searchQuery} from '../../queries/index.ts'
import type {QueryResult} from '../../queries/QueryResult.ts'
import {createDatasetStore} from '../../server/store/createDatasetStore.ts'

/** The library's queries, run with groq-js over the hand-written fixture dataset (shaped like the schema). */
const store = createDatasetStore({name: 'fixture', file: path.resolve('test/fixtures/dataset/working-groups.ndjson')})
const run = async <Query extends string>(query: Query, params: Record<string, unknown> = {}) => (await store.query(query, params)).result as QueryResult<Query>
const PACKAGING = 'psf/working-groups/packaging'

test('groupsQuery: index order for listed groups (active first), then the rest; summary and member count', async () => {
  const groups = await run(groupsQuery)
  expect(groups.map((g) => [g.title, g.status, g.memberCount])).toEqual([
    ['Packaging', 'active', 6],
    ['Example', 'active', 0],
    ['Infrastructure', 'historical', 1],
  ])
  expect(groups[0]!.summary).toMatch(/^Funds and coordinates/)
})

test('groupsQuery: published perspective hides the draft edit', async () => {
  const groups = await run(groupsQuery)
  expect(groups.map((g) => g.title)).not.toContain('Example (draft edit)')
  const drafts = (await store.query(groupsQuery, {}, {perspective: 'drafts'})).result as QueryResult<typeof groupsQuery>
  expect(drafts.map((g) => g.title)).toContain('Example (draft edit)')
})

test('groupBySlugQuery: charter, members by role, former apart, contacts, pages in source order, legacy pages, member lists', async () => {
  const group = (await run(groupBySlugQuery, {slug: PACKAGING}))!
  expect(group.charter?.title).toBe('Packaging Charter')
  expect(group.members?.map((m) => `${m.name}:${m.role}`)).toEqual([
    'Donald Stufft:chair',
    'Dustin Ingram:co-chair',
    'Nicole Harris:co-chair',
    'Alyssa Coghlan:member',
    'Ee Durbin:member',
    'Jannis Leidel:non-voting',
  ])
  expect(group.formerMembers?.map((m) => m.name)).toEqual(['Ernest W. Durbin'])
  expect(group.contacts?.map((c) => c.value)).toEqual(['packaging-wg@python.org', 'the-psf.slack.com#packaging-wg'])
  expect(group.pages?.map((p) => p.title)).toEqual([
    '2017-12-04 Warehouse',
    '2020-12-22 pip team meeting',
    '2020-12-23 pip team meeting',
    'PyPI Beta Announcement',
  ])
  expect(group.legacyPages?.map((p) => p.title)).toEqual(['Packaging WG'])
  expect(group.memberLists?.map((l) => [l.title, l.usernameCount])).toEqual([['Packaging WG Group', 2]])
  expect(group.meetingNoteCount).toBe(3)
})

test('groupBySlugQuery: null for an unknown slug', async () => {
  expect(await run(groupBySlugQuery, {slug: 'nope'})).toBeNull()
})

test.each([
  [0, 2, ['2020-12-23', '2020-12-22']],
  [2, 4, ['2017-12-04']],
  [5, 10, []],
])('meetingNotesQuery: newest first, page [%i...%i]', async (start, end, dates) => {
  const page = (await run(meetingNotesQuery, {slug: PACKAGING, start, end}))!
  expect(page.total).toBe(3)
  expect(page.notes.map((n) => n.date)).toEqual(dates)
})

test('pageBySlugQuery: internal links resolved to slugs in text, table cells and callouts', async () => {
  const page = (await run(pageBySlugQuery, {slug: `${PACKAGING}/2020-12-23-pip-team-meeting`}))!
  expect(page.group?.slug).toBe(PACKAGING)
  const targets = JSON.stringify(page.body).match(/"target":\{[^}]*\}/g)
  expect(targets).toEqual([
    `"target":{"_type":"legacyPage","title":"2020-12-22 pip team meeting","slug":"${PACKAGING}/2020-12-22-pip-team-meeting"}`,
    `"target":{"_type":"legacyPage","title":"2020-12-22 pip team meeting","slug":"${PACKAGING}/2020-12-22-pip-team-meeting"}`,
    `"target":{"_type":"legacyPage","title":"2017-12-04 Warehouse","slug":"${PACKAGING}/2017-12-04-warehouse"}`,
  ])
})

test('memberListsQuery: each list with its group and usernames', async () => {
  const lists = await run(memberListsQuery)
  expect(lists.map((l) => [l.title, l.group?.title, l.entries?.map((e) => e.username)])).toEqual([
    ['Packaging WG Group', 'Packaging', ['DonaldStufft', 'DustinIngram']],
  ])
})

test('chairsQuery: current chairs only; a group whose only chair is former is left out', async () => {
  const chairs = await run(chairsQuery)
  expect(chairs.map((g) => [g.title, g.chairs?.map((c) => c.name)])).toEqual([
    ['Packaging', ['Donald Stufft', 'Dustin Ingram', 'Nicole Harris']],
  ])
})

test.each([
  ['resolver', ['2020-12-22 pip team meeting', '2020-12-23 pip team meeting']],
  ['warehouse', ['2017-12-04 Warehouse']],
  ['packag*', ['Packaging', 'Packaging WG', 'Packaging WG Group', 'Working Groups']],
  ['nothingmatchesthis', []],
])('searchQuery: %s', async (terms, titles) => {
  const hits = await run(searchQuery, {terms, limit: 10})
  expect(hits.map((h) => h.title)).toEqual(titles)
})
