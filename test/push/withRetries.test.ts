import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {createLakeClient} from '../../push/createLakeClient.ts'
import {createRequestGate} from '../../push/createRequestGate.ts'
import {describeFailure, withRetries} from '../../push/withRetries.ts'

const limits = {maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2}
const gate = () => createRequestGate({maxInFlight: 1})

test.each([
  ['a TypeError', () => new TypeError("Cannot read properties of undefined (reading 'map')")],
  ['a RangeError', () => new RangeError('Invalid array length')],
  ['an error with a code that is no network code', () => Object.assign(new Error('bad'), {code: 'ERR_INVALID_ARG_TYPE'})],
])('withRetries: %s (a bug, not the network) is thrown at once, not retried, not ambiguous', async (_what, makeError) => {
  let calls = 0
  const error = makeError()
  const run = withRetries(async () => {
    calls++
    throw error
  }, {gate: gate(), limits})
  await expect(run).rejects.toBe(error)
  expect(calls).toBe(1)
  expect(error).toMatchObject({attempts: 1, ambiguous: false})
  expect(describeFailure(error).dropped).toBe(false)
})

/** A server on 127.0.0.1 that answers each request with `respond`. */
async function startServer(respond: Parameters<typeof createServer>[1]): Promise<{url: string; server: Server; close: () => Promise<void>}> {
  const server = createServer(respond)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {url, server, close: () => new Promise((resolve) => server.close(() => resolve()))}
}

const target = (apiHost: string) => ({projectId: 'psfwg000', dataset: 'production', apiVersion: '2025-02-19', token: 'test-token', apiHost})
const pushLimits = {...limits, maxTransactionBytes: 1000, maxInFlight: 1, maxMutationsPerWindow: 100, rateWindowMs: 1000, maxUploadsInFlight: 1, timeoutMs: 5000}

test('withRetries: a connection the server drops (a real ECONNRESET through @sanity/client) is retried, then reported ambiguous', async () => {
  let requests = 0
  const lake = await startServer((req) => {
    requests++
    req.socket.destroy()
  })
  try {
    const client = createLakeClient(target(lake.url), pushLimits)
    const error = await client.mutate([{create: {_id: 'a', _type: 'x'}}]).catch((caught: unknown) => caught)
    expect(describeFailure(error).dropped).toBe(true)
    expect(error).toMatchObject({attempts: 3, ambiguous: true})
    expect(requests).toBe(3)
    expect(client.counters.retries).toBe(2)
  } finally {
    await lake.close()
  }
})

test('withRetries: a refused connection (a real ECONNREFUSED: nothing listens) is retried', async () => {
  const lake = await startServer(() => undefined)
  const url = lake.url
  await lake.close()
  const client = createLakeClient(target(url), pushLimits)
  const error = await client.fetch('*', {}).catch((caught: unknown) => caught)
  expect((error as {code?: string}).code).toBe('ECONNREFUSED')
  expect(error).toMatchObject({attempts: 3})
  expect(client.counters.retries).toBe(2)
})

test('withRetries: a 400 answer is not retried and not ambiguous', async () => {
  let requests = 0
  const lake = await startServer((_req, res) => {
    requests++
    res.writeHead(400, {'content-type': 'application/json'}).end(JSON.stringify({error: {description: 'no'}}))
  })
  try {
    const client = createLakeClient(target(lake.url), pushLimits)
    const error = await client.mutate([{create: {_id: 'a', _type: 'x'}}]).catch((caught: unknown) => caught)
    expect(describeFailure(error)).toMatchObject({statusCode: 400, dropped: false})
    expect(error).toMatchObject({attempts: 1, ambiguous: false})
    expect(requests).toBe(1)
  } finally {
    await lake.close()
  }
})
