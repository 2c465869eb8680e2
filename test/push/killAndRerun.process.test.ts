import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {ImportedDocument} from '../../importer/types.ts'
import type {LakeRoute} from '../support/contentLake/faults.ts'
import {content, contentWrites, FAKE_TOKEN, pushTo, TEST_LIMITS} from '../support/contentLake/pushTo.ts'
import {sampleDocuments} from '../support/contentLake/sampleDocuments.ts'
import {startContentLake, type ContentLake} from '../support/contentLake/startContentLake.ts'

/**
 * A push killed with SIGKILL part way — while uploading, while writing content, while
 * strengthening references — and started again ends where one clean run ends: the same documents
 * and assets, nothing twice, nothing missing. The push runs in a child process (the real kill -9);
 * the server kills it after applying a request and before answering (the client cannot know it
 * was applied) or before applying it.
 */

let dir: string
let documents: ImportedDocument[]
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'push-kill-'))
  documents = sampleDocuments({count: 40, bodyBlocks: 4, attachmentsDir: path.join(dir, 'attachments')})
  writeFileSync(path.join(dir, 'documents.json'), JSON.stringify(documents))
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

/** The dataset without server-made fields: what two runs must agree on. */
function snapshot(lake: ContentLake) {
  return new Map(
    [...lake.dataset.documents()].map(([id, doc]) => {
      const {uploadId, ...kept} = content(doc) as Record<string, unknown>
      return [id, kept]
    }),
  )
}

function pushInChild(lake: ContentLake, onStart: (kill: () => void) => void): Promise<number | null | string> {
  const job = path.join(dir, 'job.json')
  writeFileSync(job, JSON.stringify({documentsFile: path.join(dir, 'documents.json'), apiHost: lake.url, project: lake.projectId, dataset: lake.dataset.name, limits: TEST_LIMITS}))
  const child = spawn(process.execPath, [path.resolve('test/support/contentLake/pushInChild.ts'), job], {
    env: {...process.env, SANITY_API_WRITE_TOKEN: FAKE_TOKEN, NODE_OPTIONS: ''},
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  onStart(() => child.kill('SIGKILL'))
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)))
}

let clean: Map<string, unknown>
let cleanMutates = 0
beforeAll(async () => {
  const lake = await startContentLake({token: FAKE_TOKEN})
  await pushTo(lake, documents)
  clean = snapshot(lake)
  cleanMutates = lake.requests.filter((request) => request.route === 'mutate').length
  await lake.close()
})

test.each<[string, LakeRoute, () => number, 'applied' | 'not applied']>([
  ['while uploading attachments', 'upload', () => 2, 'applied'],
  ['while writing content', 'mutate', () => 3, 'applied'],
  ['while writing content', 'mutate', () => 2, 'not applied'],
  // The last transaction of a clean run strengthens references.
  ['while strengthening references', 'mutate', () => cleanMutates, 'not applied'],
])('push: killed %s (the request %s), then run again, ends as one clean run', async (_when, route, at, applied) => {
  const index = at()
  const lake = await startContentLake({token: FAKE_TOKEN})
  try {
    const exit = await pushInChild(lake, (kill) => {
      const fault = applied === 'applied' ? {afterHandling: kill, delayMs: 200} : {beforeHandling: kill, reset: 'before' as const}
      lake.inject = (request) => (request.route === route && request.index === index ? fault : undefined)
    })
    expect(exit).toBe('SIGKILL')
    const cutShort = snapshot(lake)
    expect(cutShort).not.toEqual(clean)

    lake.inject = undefined
    const again = await pushTo(lake, documents)
    expect(again.report?.failures).toEqual([])
    expect(snapshot(lake)).toEqual(clean)
    // Nothing written twice: each document's content once over both runs.
    for (const doc of documents) expect(contentWrites(lake).get(doc._id)).toBe(1)
    expect(lake.requests.filter((request) => request.route === 'upload').length).toBeLessThanOrEqual(3)
  } finally {
    await lake.close()
  }
})
