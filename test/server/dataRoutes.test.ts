import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import {ClientError, createClient, type SanityClient} from '@sanity/client'
import {groupBySlugQuery, groupsQuery, meetingNotesQuery, pageBySlugQuery} from '../../queries/index.ts'
import type {LocalEndpoint} from '../../server/startLocalEndpoint.ts'
import {HOSTED, startTestEndpoint} from './startTestEndpoint.ts'

let endpoint: LocalEndpoint
let client: SanityClient
let dataFile: string
// checkIntervalMs 0: every request looks at the file, so a replaced file is seen by the next one.
beforeAll(async () => ({endpoint, client, dataFile} = await startTestEndpoint(undefined, {checkIntervalMs: 0})))
afterAll(() => endpoint.close())

const PACKAGING = 'psf/working-groups/packaging'
const raw = (path: string, init?: RequestInit) => fetch(`${endpoint.url}${path}`, init)

test('dataRoutes: a frontend switches between the hosted project and the local endpoint by apiHost alone', () => {
  const hosted = createClient(HOSTED).config()
  const local = client.config()
  expect(local.url).toBe(`${endpoint.url}/v2025-02-19`)
  expect({...local, apiHost: hosted.apiHost, url: hosted.url, cdnUrl: hosted.cdnUrl}).toEqual(hosted)
  expect(endpoint.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
})

test('dataRoutes: the library answers through @sanity/client (GET), typed by typegen', async () => {
  const groups = await client.fetch(groupsQuery)
  expect(groups.map((g) => g.title)).toEqual(['Packaging', 'Example', 'Infrastructure'])
  const group = await client.fetch(groupBySlugQuery, {slug: PACKAGING})
  expect(group?.members?.[0]).toMatchObject({name: 'Donald Stufft', role: 'chair'})
  const notes = await client.fetch(meetingNotesQuery, {slug: PACKAGING, start: 0, end: 1})
  expect(notes?.notes.map((n) => n.date)).toEqual(['2020-12-23'])
  const page = await client.fetch(pageBySlugQuery, {slug: `${PACKAGING}/2020-12-23-pip-team-meeting`})
  expect(page?.title).toBe('2020-12-23 pip team meeting')
})

test('dataRoutes: the raw response is {query, result, syncTags, ms}; published perspective unless asked', async () => {
  const response = await client.fetch('*[_type == "workingGroup"].title', {}, {filterResponse: false})
  expect(response).toEqual({query: '*[_type == "workingGroup"].title', result: ['Packaging', 'Example', 'Infrastructure'], syncTags: [expect.stringMatching(/^s1:[\w-]+$/)], ms: expect.any(Number)})
  const drafts = await client.fetch('*[_type == "workingGroup"].title', {}, {perspective: 'drafts'})
  expect(drafts).toContain('Example (draft edit)')
  const rawIds = await client.fetch('*[_type == "workingGroup"]._id', {}, {perspective: 'raw'})
  expect(rawIds.filter((id: string) => id.startsWith('drafts.'))).toHaveLength(1)
})

test('dataRoutes: a query too long for GET goes as POST and is answered the same', async () => {
  const ids = Array.from({length: 1500}, (_, i) => `missing-id-${i}`)
  const padded = `*[_type == "workingGroup" && !(_id in $ids)] | order(title asc).title // ${'x'.repeat(12000)}\n`
  expect(await client.fetch(padded, {ids})).toEqual(['Example', 'Infrastructure', 'Packaging'])
})

test('dataRoutes: documents by id, missing ones null (doc endpoint)', async () => {
  const groupId = 'wiki-psf-working-groups-packaging-index-fx000001'
  expect((await client.getDocument(groupId))?.title).toBe('Packaging')
  const [found, missing] = await client.getDocuments([groupId, 'nope'])
  expect(found?._id).toBe(groupId)
  expect(missing).toBeNull()
  const body = await (await raw(`/v2025-02-19/data/doc/production/${groupId},nope`)).json()
  expect(body.omitted).toEqual([{id: 'nope', reason: 'existence'}])
})

test('dataRoutes: malformed GROQ is a 400 queryParseError the client shows with a code frame', async () => {
  const error = await client.fetch('*[_type == "workingGroup"').catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ClientError)
  if (!(error instanceof ClientError)) return
  expect(error.statusCode).toBe(400)
  expect(error.details).toMatchObject({type: 'queryParseError', query: '*[_type == "workingGroup"', start: expect.any(Number), end: expect.any(Number)})
  expect(error.message).toMatch(/^GROQ query parse error:/)
})

test('dataRoutes: a $param the query names but the request lacks is an error, not null', async () => {
  const error = await client.fetch(groupBySlugQuery, {} as never).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ClientError)
  if (!(error instanceof ClientError)) return
  expect(error.statusCode).toBe(400)
  expect(error.details).toMatchObject({type: 'queryParseError', description: 'param $slug referenced, but not provided'})
})

test('dataRoutes: an unknown dataset is a 404 with the hosted API body', async () => {
  const other = client.withConfig({dataset: 'staging'})
  const error = await other.fetch('count(*)').catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ClientError)
  if (!(error instanceof ClientError)) return
  expect(error.statusCode).toBe(404)
  expect(error.message).toBe('Not Found - Dataset "staging" not found')
})

test.each([
  ['a huge body', () => raw('/v1/data/query/production', {method: 'POST', body: JSON.stringify({query: `"${'x'.repeat(2_000_000)}"`})}), 413],
  ['a body that is not JSON', () => raw('/v1/data/query/production', {method: 'POST', body: '{query'}), 400],
  ['a body without a query', () => raw('/v1/data/query/production', {method: 'POST', body: '{"params": {}}'}), 400],
  ['a $param that is not JSON', () => raw('/v1/data/query/production?query=$a&$a=nope'), 400],
  ['no query at all', () => raw('/v1/data/query/production'), 400],
  ['an unknown perspective', () => raw('/v1/data/query/production?query=1&perspective=everything'), 400],
  ['a bad API version', () => raw('/vlatest/data/query/production?query=1'), 400],
  ['an unknown path', () => raw('/v1/data/nothing/production'), 404],
  ['a method the route does not take', () => raw('/v1/data/query/production?query=1', {method: 'DELETE'}), 405],
])('dataRoutes: %s gets a JSON error and the server keeps answering', async (_case, request, status) => {
  const response = await request()
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  const body = await response.json()
  expect(body.error).toBeDefined()
  expect(await client.fetch('count(*[_type == "workingGroup"])')).toBe(3)
})

test('dataRoutes: answers from the new data once the dataset file is replaced', async () => {
  const extra = {_id: 'wiki-new-group', _type: 'workingGroup', title: 'New', slug: {_type: 'slug', current: 'new'}, status: 'active'}
  const next = `${dataFile}.next`
  writeFileSync(next, readFileSync(dataFile, 'utf8') + JSON.stringify(extra) + '\n')
  renameSync(next, dataFile)
  expect(await client.fetch('count(*[_type == "workingGroup"])')).toBe(4)
})
