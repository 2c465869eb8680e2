import {createReadStream, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createClient, type SanityClient} from '@sanity/client'
import {sanityImport} from '@sanity/import'
import {runImport} from '../../importer/pipeline.ts'
import {readDatasetFile} from '../../dataset/readDatasetFile.ts'
import {startStudioEndpoint, type StudioEndpoint} from '../../server/studio/startStudioEndpoint.ts'
import {requireCorpus} from '../support/corpus.ts'

const PROJECT = 'psfwg001'
let dir: string
let imported: string
let importedCount: number

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'sanity-import-'))
  mkdirSync(path.join(dir, 'studio'))
  writeFileSync(path.join(dir, 'studio/index.html'), '<!doctype html>')
  imported = path.join(dir, 'imported.ndjson')
  const corpus = requireCorpus()
  const {documents} = await runImport({sources: [path.join(corpus, 'psf/working-groups')], siteUrl: 'https://wiki.python.org/', maxFileBytes: 5 * 1024 * 1024, out: imported})
  importedCount = documents.length
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

async function emptyEndpoint(name: string): Promise<{endpoint: StudioEndpoint; client: SanityClient; file: string}> {
  const file = path.join(dir, `${name}.ndjson`)
  writeFileSync(file, '')
  const endpoint = await startStudioEndpoint({file, dataset: 'production', projectId: PROJECT, studioDir: path.join(dir, 'studio'), port: 0})
  // @sanity/import insists on a token; the local endpoint needs none and ignores it.
  const client = createClient({projectId: PROJECT, dataset: 'production', apiVersion: '2025-02-19', useCdn: false, useProjectHostname: false, apiHost: endpoint.url, token: 'local'})
  return {endpoint, client, file}
}

test('@sanity/import reads the importer\'s NDJSON into the local endpoint (documents and attachments), and the endpoint\'s own file, after edits, is plain NDJSON it reads again', async () => {
  const first = await emptyEndpoint('first')
  const warnings: unknown[] = []
  const result = await sanityImport(createReadStream(imported), {client: first.client, operation: 'create', onProgress: () => {}, allowFailingAssets: false})
  warnings.push(...(result.warnings ?? []))
  expect(warnings).toEqual([])
  expect(result.numDocs).toBe(importedCount)
  expect(await first.client.fetch('count(*[_type == "sanity.fileAsset"])')).toBe(3)
  expect(await first.client.fetch('count(*[!(_type match "sanity.*")])')).toBe(importedCount)
  const someGroup = await first.client.fetch<{_id: string}>('*[_type == "workingGroup"][0]{_id}')
  await first.client.patch(someGroup._id).set({summary: 'Edited locally'}).commit()
  first.endpoint.datasets.get('production')!.compact() // what closing does: the journal into the file

  const written = readDatasetFile(first.file)
  expect(written.find((doc) => doc._id === someGroup._id)?.summary).toBe('Edited locally')

  // The asset documents name their files by the first endpoint's URLs, which serves them as the hosted CDN would.
  const second = await emptyEndpoint('second')
  try {
    const again = await sanityImport(createReadStream(first.file), {client: second.client, operation: 'createOrReplace', onProgress: () => {}})
    expect(again.warnings ?? []).toEqual([])
    expect(await second.client.fetch('*[_id == $id][0].summary', {id: someGroup._id})).toBe('Edited locally')
    expect(await second.client.fetch('count(*[!(_type match "sanity.*")])')).toBe(importedCount)
    expect(await second.client.fetch('count(*[_type == "sanity.fileAsset"])')).toBe(3)
  } finally {
    await second.endpoint.close()
    await first.endpoint.close()
  }
}, 120_000)
