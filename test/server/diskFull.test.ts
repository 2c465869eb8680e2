import {mkdirSync, readFileSync, rmSync, statfsSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {createClient, type SanityClient} from '@sanity/client'
import {readDataset} from '../../server/store/journal/readDataset.ts'
import {startStudioEndpoint, type StudioEndpoint} from '../../server/studio/startStudioEndpoint.ts'
import {mountSmallFilesystem, type SmallFilesystem} from '../support/smallFilesystem.ts'

const PROJECT = 'diskfull'
let fs: SmallFilesystem
let file: string
let studioDir: string
let filler: string
const logged: string[] = []

beforeAll(() => {
  fs = mountSmallFilesystem(2 * 1024 * 1024)
  console.log(fs.mounted ? 'disk full: a 2 MiB tmpfs mounted by the test' : 'disk full: mounting not permitted, the journal is /dev/full (a real ENOSPC from the kernel)')
  file = path.join(fs.dir, 'dataset.ndjson')
  writeFileSync(file, '{"_id":"g","_type":"workingGroup","title":"Group"}\n')
  studioDir = path.join(fs.dir, 'studio')
  mkdirSync(studioDir)
  writeFileSync(path.join(studioDir, 'index.html'), '<!doctype html>')
  filler = path.join(fs.dir, 'filler')
})
afterAll(() => fs.remove())

const start = () => startStudioEndpoint({file, dataset: 'production', projectId: PROJECT, studioDir, port: 0, log: (line) => logged.push(line)})
const clientFor = (endpoint: StudioEndpoint): SanityClient =>
  createClient({projectId: PROJECT, dataset: 'production', apiVersion: '2025-02-19', useCdn: false, useProjectHostname: false, apiHost: endpoint.url, maxRetries: 0})

/** Leaves `bytes` free on the small filesystem (or, unmounted, sends the journal's writes to /dev/full). */
function fillDisk(bytes: number) {
  if (!fs.mounted) {
    rmSync(`${file}.journal`, {force: true})
    symlinkSync('/dev/full', `${file}.journal`)
    return
  }
  const {bavail, bsize} = statfsSync(fs.dir)
  writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - bytes)))
}

test('a full disk: the write fails with a 5xx naming the cause, nothing acknowledged is lost, the server goes on serving and writes again once there is room', async () => {
  let endpoint = await start()
  let client = clientFor(endpoint)
  await client.create({_id: 'before', _type: 'legacyPage', title: 'Written before the disk filled'})

  fillDisk(16 * 1024)
  const big = {_id: 'big', _type: 'legacyPage', body: 'x'.repeat(200 * 1024)}
  const failed = await client.create(big).then(
    () => undefined,
    (error: {statusCode?: number; message: string}) => error,
  )
  expect(failed?.statusCode).toBeGreaterThanOrEqual(500)
  expect(failed?.message).toMatch(/no space left on device/i)

  // Still serving, from the state before the failed write.
  expect(await client.fetch('*[_type == "legacyPage"]._id | order(@)')).toEqual(['before'])
  expect(await client.getDocument('g')).toMatchObject({title: 'Group'})
  // On disk: what was acknowledged, readable, without the refused document.
  if (fs.mounted) expect(readDataset(file).documents.map((doc) => doc._id)).toEqual(['g', 'before'])

  // Shutting down on a disk with no room at all cannot compact; the journal keeps the writes.
  if (fs.mounted) {
    rmSync(filler)
    fillDisk(0)
  }
  const ndjsonBefore = readFileSync(file, 'utf8')
  await endpoint.close()
  if (fs.mounted) {
    expect(readFileSync(file, 'utf8')).toBe(ndjsonBefore)
    expect(logged.join('\n')).toMatch(/journal keeps the writes/)
  }

  // Room again: a restart loads everything acknowledged and writes go on.
  if (fs.mounted) rmSync(filler)
  else rmSync(`${file}.journal`)
  endpoint = await start()
  client = clientFor(endpoint)
  if (fs.mounted) expect(await client.fetch('*[_type == "legacyPage"]._id')).toEqual(['before'])
  await client.create({_id: 'after', _type: 'legacyPage'})
  await endpoint.close()
  expect(readDataset(file).documents.map((doc) => doc._id)).toEqual(fs.mounted ? ['g', 'before', 'after'] : ['g', 'after'])
})
