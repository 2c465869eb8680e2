import {createClient, type SanityClient} from '@sanity/client'
import {groupBySlugQuery, groupsQuery, meetingNotesQuery, searchQuery} from '../../queries/index.ts'
import {startLocalEndpoint, type LocalEndpoint} from '../../server/startLocalEndpoint.ts'
import {importCorpus} from '../support/importCorpus.ts'
import {HOSTED} from './startTestEndpoint.ts'

/** The real working-groups import, served by the endpoint and read with @sanity/client. */
let endpoint: LocalEndpoint
let client: SanityClient
beforeAll(async () => {
  const {file} = await importCorpus()
  endpoint = await startLocalEndpoint({datasets: {production: file}, port: 0})
  client = createClient({...HOSTED, apiHost: endpoint.url})
})
afterAll(() => endpoint.close())
const PACKAGING = 'psf/working-groups/packaging'

test('corpus endpoint: 16 active groups first, Packaging chaired by Donald Stufft, 110 meeting notes newest first', async () => {
  const groups = await client.fetch(groupsQuery)
  expect(groups.slice(0, 16).every((g) => g.status === 'active')).toBe(true)
  expect(groups.filter((g) => g.status === 'active')).toHaveLength(16)
  const packaging = await client.fetch(groupBySlugQuery, {slug: PACKAGING})
  expect(packaging?.members?.find((m) => m.role === 'chair')?.name).toBe('Donald Stufft')
  const notes = await client.fetch(meetingNotesQuery, {slug: PACKAGING, start: 0, end: 200})
  expect(notes?.total).toBe(110)
  expect(notes?.notes[0]?.date).toBe('2020-12-23')
  expect(notes?.notes.at(-1)?.date).toBe('2017-12-04')
})

test('corpus endpoint: search, paging and the doc endpoint agree with each other', async () => {
  const [hit] = await client.fetch(searchQuery, {terms: 'Warehouse', limit: 1})
  expect(hit).toBeDefined()
  expect((await client.getDocument(hit!._id))?.title).toBe(hit!.title)
  const page = await client.fetch(meetingNotesQuery, {slug: PACKAGING, start: 100, end: 110})
  expect(page?.notes).toHaveLength(10)
})
