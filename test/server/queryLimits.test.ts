import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createClient, ClientError, type SanityClient} from '@sanity/client'
import {startLocalEndpoint, type LocalEndpoint} from '../../server/startLocalEndpoint.ts'

/** `count(*[]{x: *[]{y: *[]._id}})` visits every document cubed: 27 million steps on 300 documents, minutes in groq-js. */
const RUNAWAY = 'count(*[]{ "x": *[] { "y": *[]._id } })'
let dir: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'query-limits-'))
  const documents = Array.from({length: 300}, (_, index) => ({_id: `page-${index}`, _type: 'legacyPage', title: `Page ${index}`}))
  writeFileSync(path.join(dir, 'dataset.ndjson'), documents.map((doc) => JSON.stringify(doc) + '\n').join(''))
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

async function start(queryTimeoutMs: number): Promise<{endpoint: LocalEndpoint; client: SanityClient}> {
  const endpoint = await startLocalEndpoint({datasets: {production: path.join(dir, 'dataset.ndjson')}, port: 0, queryTimeoutMs})
  const client = createClient({projectId: 'psfwg001', dataset: 'production', apiVersion: '2025-02-19', useCdn: false, useProjectHostname: false, apiHost: endpoint.url, maxRetries: 0})
  return {endpoint, client}
}

/** Resolves once `condition` holds, checking after each turn of the event loop. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve))
}

test('a runaway query is answered with the timeout error, and other clients are answered while it runs', async () => {
  // A limit long enough for 20 simple answers on a loaded machine; the runaway needs minutes.
  const {endpoint, client} = await start(10_000)
  try {
    let runawayAnswered = false
    const runaway = client.fetch(RUNAWAY).then(
      () => undefined,
      (error: unknown) => error,
    ).finally(() => (runawayAnswered = true))
    await until(() => endpoint.datasets.get('production')!.queryStats.running === 1)
    for (let i = 0; i < 20; i++) {
      expect(await client.fetch('*[_id == $id][0].title', {id: `page-${i}`})).toBe(`Page ${i}`)
    }
    // Every simple query got its answer while the runaway was still running.
    expect(runawayAnswered).toBe(false)
    const error = await runaway
    expect(error).toBeInstanceOf(ClientError)
    expect((error as ClientError).statusCode).toBe(408)
    expect((error as ClientError).details).toMatchObject({type: 'queryTimeoutError', description: expect.stringMatching(/time limit of 10000 ms/)})
    expect(await client.fetch('count(*)')).toBe(300)
  } finally {
    await endpoint.close()
  }
})

test('a query whose client disconnects is ended', async () => {
  const {endpoint} = await start(600_000)
  try {
    const store = endpoint.datasets.get('production')!
    const abort = new AbortController()
    const request = fetch(`${endpoint.url}/v2025-02-19/data/query/production?query=${encodeURIComponent(RUNAWAY)}`, {signal: abort.signal}).catch((error: unknown) => error)
    await until(() => store.queryStats.running === 1)
    abort.abort()
    expect(await request).toMatchObject({name: 'AbortError'})
    await until(() => store.queryStats.ended === 1)
    expect(store.queryStats.running).toBe(0)
  } finally {
    await endpoint.close()
  }
})

test.each([
  ['a GET longer than 11 kB', 'GET', 414],
  ['a POSTed query larger than 256 kB', 'POST', 413],
])('%s is refused (%s → %i)', async (_name, method, status) => {
  const {endpoint} = await start(10_000)
  try {
    const query = `*[${Array.from({length: method === 'GET' ? 400 : 20_000}, (_, i) => `_id == "p${i}"`).join(' || ')}]`
    const url = `${endpoint.url}/v2025-02-19/data/query/production`
    const response =
      method === 'GET'
        ? await fetch(`${url}?query=${encodeURIComponent(query)}`)
        : await fetch(url, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({query})})
    expect(response.status).toBe(status)
    expect(await response.json()).toMatchObject({statusCode: status, message: expect.stringMatching(/bytes/)})
  } finally {
    await endpoint.close()
  }
})
