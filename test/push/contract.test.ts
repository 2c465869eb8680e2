import {jest} from '@jest/globals'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {ImportedDocument} from '../../importer/types.ts'
import {sampleDocuments} from '../support/contentLake/sampleDocuments.ts'
import {startContentLake, type ContentLake} from '../support/contentLake/startContentLake.ts'
import {contentWrites, expectedDocuments, FAKE_TOKEN, lakeContent, peakRate, pushTo, TEST_LIMITS} from '../support/contentLake/pushTo.ts'

/**
 * Contract tests: the real @sanity/client, driven by the push, against a local Content Lake on
 * 127.0.0.1 (test/support/contentLake) that checks the token, applies transactions as the
 * Mutation API does and injects faults. Limits are scaled down (TEST_LIMITS) so that batching,
 * the gate and the retries all come into play on 40 small documents.
 */

let lake: ContentLake
let dir: string
let documents: ImportedDocument[]

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'push-'))
  documents = sampleDocuments({count: 40, bodyBlocks: 4, attachmentsDir: path.join(dir, 'attachments')})
  lake = await startContentLake({token: FAKE_TOKEN})
})
afterEach(async () => {
  await lake.close()
  rmSync(dir, {recursive: true, force: true})
})

const ids = () => documents.map((doc) => doc._id)

/** Asserts the lake holds exactly the expected documents: every reference strong, every attachment an asset. */
function expectConverged() {
  const expected = expectedDocuments(documents)
  expect(lakeContent(lake, ids())).toEqual(expected)
  const assets = [...lake.dataset.documents().values()].filter((doc) => doc._type === 'sanity.fileAsset')
  expect(assets).toHaveLength(3)
}

test('push: with its default limits it sends transactions of at most 256 KB, filled near that, 6 at a time', async () => {
  // ~2 MB of documents (~9 full transactions) and a lake slow to answer: more transactions are ready than may be sent,
  // so a limit set higher than the hosted API's would show in what the lake receives.
  const big = sampleDocuments({count: 60, bodyBlocks: 220, prefix: 'wiki-big'})
  lake.inject = ({route}) => (route === 'mutate' ? {delayMs: 150} : undefined)
  const outcome = await pushTo(lake, big, {realLimits: true})
  expect(outcome.report?.failures).toEqual([])
  const mutates = lake.requests.filter((request) => request.route === 'mutate')
  const largest = Math.max(...mutates.map((request) => request.bytesIn))
  expect(largest).toBeLessThanOrEqual(256 * 1024)
  expect(largest).toBeGreaterThan(192 * 1024) // transactions are filled up to the limit, not cut far below it
  expect(lake.maxInFlight.data).toBeLessThanOrEqual(6)
  expect(lake.maxInFlight.data).toBeGreaterThan(1)
})

test('push: a dry run reads the dataset, prints the plan and writes nothing', async () => {
  const outcome = await pushTo(lake, documents, {commit: false})
  expect(outcome.exitCode).toBe(0)
  expect(outcome.lines.join('\n')).toMatch(/dry run[\s\S]*to create: 40[\s\S]*to update: 0[\s\S]*unchanged: 0[\s\S]*edited in the Studio: 0/)
  expect(lake.requests.filter((request) => request.route === 'mutate' || request.route === 'upload')).toEqual([])
  expect(lake.dataset.log).toHaveLength(0)
})

test('push: writes every document exactly once, within the transaction size, in-flight and rate limits', async () => {
  const outcome = await pushTo(lake, documents)
  expect(outcome.report?.failures).toEqual([])
  expect(outcome.exitCode).toBe(0)
  expectConverged()
  const writes = contentWrites(lake)
  for (const id of ids()) expect(writes.get(id)).toBe(1)

  const mutates = lake.requests.filter((request) => request.route === 'mutate')
  expect(mutates.length).toBeGreaterThan(5)
  for (const request of mutates) {
    expect(request.bytesIn).toBeLessThanOrEqual(TEST_LIMITS.maxTransactionBytes)
    expect(request.url).toContain('visibility=async')
  }
  expect(lake.maxInFlight.data).toBeLessThanOrEqual(TEST_LIMITS.maxInFlight)
  expect(lake.maxInFlight.upload).toBeLessThanOrEqual(TEST_LIMITS.maxUploadsInFlight)
  expect(peakRate(lake, TEST_LIMITS.rateWindowMs)).toBeLessThanOrEqual(TEST_LIMITS.maxMutationsPerWindow)
  // Each file once; the one two pages share is uploaded once.
  expect(lake.requests.filter((request) => request.route === 'upload')).toHaveLength(3)
})

test('push: a re-run over an unchanged source writes nothing', async () => {
  await pushTo(lake, documents)
  lake.reset()
  const log = lake.dataset.log.length
  const outcome = await pushTo(lake, documents)
  expect(outcome.exitCode).toBe(0)
  expect(outcome.report?.plan).toMatchObject({create: 0, update: 0, unchanged: 40, edited: 0})
  expect(lake.requests.filter((request) => request.route === 'mutate' || request.route === 'upload')).toEqual([])
  expect(lake.dataset.log).toHaveLength(log)
})

test('push: a changed source updates only the changed documents, conditional on their revision', async () => {
  await pushTo(lake, documents)
  lake.reset()
  documents[5] = {...documents[5]!, title: 'Renamed page'}
  const outcome = await pushTo(lake, documents)
  expect(outcome.report?.plan).toMatchObject({create: 0, update: 1, unchanged: 39})
  expect(lake.requests.filter((candidate) => candidate.route === 'mutate')).toHaveLength(1)
  // The revision-lock patch (ifRevisionID) and the replacement, in one transaction.
  expect(lake.dataset.log.at(-1)!.results).toEqual([
    {id: documents[5]!._id, operation: 'update', kind: 'references'},
    {id: documents[5]!._id, operation: 'update', kind: 'content'},
  ])
  expectConverged()
})

test('push: survives 429 with Retry-After, 500, dropped connections and slow answers; still writes each document once', async () => {
  lake.inject = ({route, index}) => {
    if (route !== 'mutate') return index === 2 && route === 'upload' ? {status: 503} : undefined
    if (index === 1) return {status: 429, retryAfter: '1'}
    if (index === 3) return {status: 500}
    if (index === 4) return {reset: 'before'}
    if (index === 5) return {reset: 'after'} // applied, answer lost: the retry must not write twice
    if (index === 6) return {delayMs: 400} // slower than the test timeout below: applied, then timed out
    return undefined
  }
  const outcome = await pushTo(lake, documents, {limits: {timeoutMs: 250}})
  expect(outcome.report?.failures).toEqual([])
  expectConverged()
  for (const id of ids()) expect(contentWrites(lake).get(id)).toBe(1)
  expect(outcome.report!.requests.retries).toBeGreaterThanOrEqual(5)
  // Retry-After: 1 second held every mutation back, not only the one that got the 429: after the
  // requests already under way when it came (given 250 ms to arrive, as server and client share one
  // busy event loop here), none arrives for the rest of that second.
  const mutates = lake.requests.filter((request) => request.route === 'mutate')
  const refusedAt = mutates[0]!.endedAt!
  expect(mutates.filter((request) => request.arrivedAt > refusedAt + 250 && request.arrivedAt < refusedAt + 950)).toEqual([])
  expect(peakRate(lake, TEST_LIMITS.rateWindowMs)).toBeLessThanOrEqual(TEST_LIMITS.maxMutationsPerWindow)
  expect(lake.maxInFlight.data).toBeLessThanOrEqual(TEST_LIMITS.maxInFlight)
})

test.each([403, 409])('push: a %i is reported, never retried', async (status) => {
  lake.inject = ({route}) => (route === 'mutate' ? {status} : undefined)
  const outcome = await pushTo(lake, documents)
  expect(outcome.exitCode).toBe(1)
  const mutates = lake.requests.filter((request) => request.route === 'mutate')
  // One request per transaction, none repeated: the content transactions only (nothing to strengthen).
  expect(outcome.report!.requests.retries).toBe(0)
  expect(mutates.length).toBe(outcome.report!.requests.mutate)
  expect(new Set(outcome.report!.failures.flatMap((failure) => failure.ids))).toEqual(new Set(ids()))
  for (const failure of outcome.report!.failures) expect(failure.statusCode).toBe(status)
  expect(outcome.lines.join('\n')).toContain(`HTTP ${status}`)
})

test('push: the token is sent as a bearer token and appears in no output, report, error or URL', async () => {
  const output: string[] = []
  const capture = (stream: NodeJS.WriteStream) =>
    jest.spyOn(stream, 'write').mockImplementation((chunk: unknown) => (output.push(String(chunk)), true))
  const spies = [capture(process.stdout), capture(process.stderr)]
  const consoleSpies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((name) =>
    jest.spyOn(console, name).mockImplementation((...args: unknown[]) => void output.push(args.map(String).join(' '))),
  )
  try {
    const outcomes = [await pushTo(lake, documents, {commit: false}), await pushTo(lake, documents)]
    lake.inject = ({route, index}) => (route === 'mutate' ? (index % 2 ? {status: 403} : {status: 500}) : undefined)
    documents = documents.map((doc) => ({...doc, title: `${doc.title}!`}))
    outcomes.push(await pushTo(lake, documents, {limits: {maxAttempts: 2}}))
    outcomes.push(await pushTo(lake, documents, {token: `${FAKE_TOKEN}-wrong`}))
    expect(outcomes.map((outcome) => outcome.exitCode)).toEqual([0, 0, 1, 2])
    const everything = JSON.stringify({outcomes, output, requests: lake.requests.map((request) => request.url)})
    expect(everything).not.toContain(FAKE_TOKEN)
    expect(everything).toContain('HTTP 403')
  } finally {
    for (const spy of [...spies, ...consoleSpies]) spy.mockRestore()
  }
})

test('push: an editor\'s change between two runs survives the second run; --overwrite-edited replaces it', async () => {
  await pushTo(lake, documents)
  lake.dataset.commit([{patch: {id: documents[3]!._id, set: {title: 'Edited in the Studio'}}}])
  lake.dataset.commit([{create: {...lake.dataset.documents().get(documents[4]!._id)!, _id: `drafts.${documents[4]!._id}`, title: 'A draft'}}])
  documents = documents.map((doc) => ({...doc, title: `${doc.title} (revised)`}))

  const second = await pushTo(lake, documents)
  expect(second.exitCode).toBe(0)
  expect(second.report?.plan).toMatchObject({update: 38, edited: 2})
  expect(second.report?.edited).toEqual([
    {id: documents[3]!._id, reason: 'changed-since-import'},
    {id: documents[4]!._id, reason: 'draft'},
  ])
  expect(second.lines.join('\n')).toContain(`${documents[3]!._id}: changed since the last import`)
  expect(lake.dataset.documents().get(documents[3]!._id)!.title).toBe('Edited in the Studio')
  expect(lake.dataset.documents().get(documents[4]!._id)!.title).toBe('Page 4')

  const forced = await pushTo(lake, documents, {overwriteEdited: true})
  expect(forced.report?.overwritten.sort()).toEqual([documents[3]!._id, documents[4]!._id].sort())
  expectConverged()
})

test('push: an edit made during the run (between read and write) is not lost', async () => {
  await pushTo(lake, documents)
  documents = documents.map((doc) => ({...doc, title: `${doc.title} (revised)`}))
  const victim = documents[0]!._id
  lake.reset()
  lake.inject = ({route, index}) =>
    route === 'mutate' && index === 1 ? {beforeHandling: () => void lake.dataset.commit([{patch: {id: victim, set: {title: 'Edited meanwhile'}}}])} : undefined
  const outcome = await pushTo(lake, documents)
  expect(outcome.exitCode).toBe(1)
  expect(outcome.report?.failures.find((failure) => failure.ids.includes(victim))).toMatchObject({code: 'conflict', statusCode: 409})
  expect(lake.dataset.documents().get(victim)!.title).toBe('Edited meanwhile')

  lake.inject = undefined
  const next = await pushTo(lake, documents)
  expect(next.exitCode).toBe(0)
  expect(next.report?.edited).toEqual([{id: victim, reason: 'changed-since-import'}])
  expect(lake.dataset.documents().get(victim)!.title).toBe('Edited meanwhile')
})

test('push: a run cut off by a network outage fails, and the next run converges', async () => {
  lake.inject = ({route, index}) => (route === 'mutate' && index >= 4 ? {reset: 'before'} : undefined)
  const broken = await pushTo(lake, documents, {limits: {maxAttempts: 3}})
  expect(broken.exitCode).toBe(1)
  expect(broken.report!.failures.some((failure) => failure.code === 'gave-up')).toBe(true)
  lake.inject = undefined
  const again = await pushTo(lake, documents)
  expect(again.exitCode).toBe(0)
  expectConverged()
  for (const id of ids()) expect(contentWrites(lake).get(id)).toBe(1)
})

test('push: a document larger than one transaction is written in parts, each within the limit, and converges', async () => {
  documents = sampleDocuments({count: 3, bodyBlocks: 90, attachmentsDir: path.join(dir, 'attachments')})
  expect(Buffer.byteLength(JSON.stringify(documents[2]))).toBeGreaterThan(TEST_LIMITS.maxTransactionBytes * 2)
  const outcome = await pushTo(lake, documents)
  expect(outcome.report?.failures).toEqual([])
  for (const request of lake.requests.filter((candidate) => candidate.route === 'mutate')) {
    expect(request.bytesIn).toBeLessThanOrEqual(TEST_LIMITS.maxTransactionBytes)
  }
  expect(lakeContent(lake, ids())).toEqual(expectedDocuments(documents))
  lake.reset()
  expect((await pushTo(lake, documents)).report?.plan).toMatchObject({unchanged: 3})
})
