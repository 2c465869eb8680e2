import {spawn, type ChildProcess} from 'node:child_process'
import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {readDataset} from '../../server/store/journal/readDataset.ts'

const WRITERS = 10
const KILLS = 20
const ACKS_PER_ROUND = 25
/** Small, so that compactions happen (and some kills land in one). */
const COMPACT_BYTES = 40_000
const RUNAWAY = 'count(*[]{ "x": *[] { "y": *[]._id } })'

let dir: string
let file: string
let child: ChildProcess | undefined

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'writers-kills-'))
  file = path.join(dir, 'dataset.ndjson')
  const base = Array.from({length: 200}, (_, index) => ({_id: `base-${index}`, _type: 'legacyPage', title: `Page ${index}`}))
  writeFileSync(file, [...base, {_id: 'counter', _type: 'counter', n: 0}].map((doc) => JSON.stringify(doc) + '\n').join(''))
})
afterAll(() => {
  if (child?.exitCode === null) child.kill('SIGKILL')
  rmSync(dir, {recursive: true, force: true})
})

function startChild(): Promise<string> {
  const started = spawn(process.execPath, ['test/support/writableEndpointChild.ts', file, '2000', String(COMPACT_BYTES)], {stdio: ['ignore', 'pipe', 'pipe']})
  child = started
  return new Promise((resolve, reject) => {
    let output = ''
    started.stdout!.on('data', (chunk: Buffer) => {
      output += chunk
      const found = /listening (\S+)/.exec(output)
      if (found) resolve(found[1]!)
    })
    started.stderr!.on('data', (chunk: Buffer) => (output += chunk))
    started.once('exit', (code) => reject(new Error(`the endpoint exited (${code}) before it listened:\n${output}`)))
  })
}

test(`${WRITERS} writers, a runaway query and ${KILLS} kill -9s: no acknowledged write is lost`, async () => {
  const acknowledged = new Set<number>()
  const inFlight = new Set<number>()
  let next = 0
  let runawayTimeouts = 0
  for (let round = 0; round < KILLS; round++) {
    const url = await startChild()
    const exited = new Promise((resolve) => child!.once('exit', resolve))
    let killed = false
    // One runaway query per round, running while the writers write.
    const runaway = fetch(`${url}/v2025-02-19/data/query/production?query=${encodeURIComponent(RUNAWAY)}`)
      .then((response) => response.status === 408 && runawayTimeouts++)
      .catch(() => undefined)
    const ackedBefore = acknowledged.size
    const writer = async () => {
      while (!killed) {
        const n = next++
        inFlight.add(n)
        try {
          const response = await fetch(`${url}/v2025-02-19/data/mutate/production`, {
            method: 'POST',
            headers: {'content-type': 'application/json'},
            body: JSON.stringify({mutations: [{create: {_id: `note-${n}`, _type: 'note', n}}, {patch: {id: 'counter', inc: {n: 1}}}]}),
          })
          if (response.status !== 200) throw new Error(`write ${n}: ${response.status} ${await response.text()}`)
          inFlight.delete(n)
          acknowledged.add(n)
          if (acknowledged.size - ackedBefore >= ACKS_PER_ROUND && !killed) {
            killed = true
            child!.kill('SIGKILL')
          }
        } catch (error) {
          if (!killed) throw error
        }
      }
    }
    await Promise.all(Array.from({length: WRITERS}, writer))
    await exited
    await runaway
  }

  // What the next start would load: the NDJSON file and the journal.
  const {documents} = readDataset(file)
  const notes = new Set(documents.filter((doc) => doc._type === 'note').map((doc) => doc.n as number))
  const lost = [...acknowledged].filter((n) => !notes.has(n))
  console.log(`${WRITERS} writers, ${KILLS} kill -9s: ${acknowledged.size} acknowledged writes, ${lost.length} lost; ${notes.size - acknowledged.size} unacknowledged kept; runaway answered 408 ${runawayTimeouts} times`)
  expect(lost).toEqual([])
  for (const n of notes) expect(acknowledged.has(n) || inFlight.has(n)).toBe(true)
  // Every transaction whole: the counter counts exactly the notes.
  expect(documents.find((doc) => doc._id === 'counter')?.n).toBe(notes.size)
  expect(documents.filter((doc) => doc._id.startsWith('base-'))).toHaveLength(200)

  // A start after all that removes the temporary files of killed compactions and serves everything.
  const url = await startChild()
  const exited = new Promise((resolve) => child!.once('exit', resolve))
  const count = await (await fetch(`${url}/v2025-02-19/data/query/production?query=${encodeURIComponent('count(*[_type == "note"])')}`)).json()
  expect(count.result).toBe(notes.size)
  expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  child!.kill('SIGKILL')
  await exited
}, 300_000)
