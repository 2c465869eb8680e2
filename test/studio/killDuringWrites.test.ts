import {spawn, type ChildProcess} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {readDataset} from '../../server/store/journal/readDataset.ts'

const BASE_DOCUMENTS = 300
const ACKS_BEFORE_KILL = 60
const WORKERS = 4

let dir: string
let file: string
let child: ChildProcess

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kill-during-writes-'))
  file = path.join(dir, 'dataset.ndjson')
  // ~3 MB, so that a write takes long enough for the kill to land in the middle of one.
  const filler = 'lorem ipsum dolor sit amet '.repeat(400)
  const documents = Array.from({length: BASE_DOCUMENTS}, (_, index) => ({_id: `base-${index}`, _type: 'legacyPage', title: `Page ${index}`, filler}))
  writeFileSync(file, documents.map((doc) => JSON.stringify(doc) + '\n').join(''))
})

afterAll(() => {
  if (child?.exitCode === null) child.kill('SIGKILL')
  rmSync(dir, {recursive: true, force: true})
})

/** Starts `npm run studio`'s script in a child process and resolves with the API's base URL. */
function startStudioChild(): Promise<string> {
  child = spawn(process.execPath, ['scripts/studio.ts', '--data', file, '--port', '0', '--report', path.join(dir, 'none.json')], {stdio: ['ignore', 'pipe', 'pipe']})
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk
      const found = /Studio:\s+http:\/\/localhost:(\d+)\//.exec(output)
      if (found) resolve(`http://127.0.0.1:${found[1]}`)
    })
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk))
    child.on('exit', (code) => reject(new Error(`the studio server exited (${code}) before it listened:\n${output}`)))
  })
}

test('kill -9 during a burst of writes: the dataset file and its journal parse and hold exactly the acknowledged writes', async () => {
  const url = await startStudioChild()
  const mutate = (mutations: unknown[]) =>
    fetch(`${url}/v2025-02-19/data/mutate/production`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({mutations})})
  expect((await mutate([{create: {_id: 'burst-counter', _type: 'burstCounter', n: 0}}])).status).toBe(200)

  const acknowledged = new Set<number>()
  const inFlight = new Set<number>()
  let next = 0
  let killed = false
  const exited = new Promise((resolve) => child.once('exit', resolve))
  // Every transaction creates one note and counts it, so a torn transaction would show as a mismatch.
  const worker = async () => {
    while (!killed) {
      const n = next++
      inFlight.add(n)
      try {
        const response = await mutate([{create: {_id: `burst-${n}`, _type: 'burstNote', n}}, {patch: {id: 'burst-counter', inc: {n: 1}}}])
        if (response.status !== 200) throw new Error(`write ${n}: ${response.status} ${await response.text()}`)
        inFlight.delete(n)
        acknowledged.add(n)
        if (acknowledged.size >= ACKS_BEFORE_KILL && !killed) {
          killed = true
          child.kill('SIGKILL')
        }
      } catch (error) {
        if (!killed) throw error
      }
    }
  }
  await Promise.all(Array.from({length: WORKERS}, worker))
  await exited

  const {documents} = readDataset(file) // the NDJSON file and the journal, as the next start reads them; throws on a torn file
  const notes = new Set(documents.filter((doc) => doc._type === 'burstNote').map((doc) => doc.n as number))
  for (const n of acknowledged) expect(notes.has(n)).toBe(true)
  for (const n of notes) expect(acknowledged.has(n) || inFlight.has(n)).toBe(true)
  expect(documents.find((doc) => doc._id === 'burst-counter')?.n).toBe(notes.size)
  expect(documents.filter((doc) => doc._id.startsWith('base-'))).toHaveLength(BASE_DOCUMENTS)
  expect(acknowledged.size).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL)
  expect(notes.size - acknowledged.size).toBeLessThanOrEqual(WORKERS)
}, 120_000)
