import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {createClient, type SanityClient} from '@sanity/client'
import {documentId} from '../../importer/identity/documentId.ts'
import {runImport} from '../../importer/pipeline.ts'
import {compareDatasets} from '../../export/compare/compareDatasets.ts'
import {localAssetSource} from '../../export/read/localAssetSource.ts'
import {readDatasetFile} from '../../export/read/readDatasetFile.ts'
import {readHostedDataset} from '../../export/read/readHostedDataset.ts'
import {runExport} from '../../export/runExport.ts'
import type {DatasetDocument} from '../../export/types.ts'
import {startStudioEndpoint, type StudioEndpoint} from '../../server/studio/startStudioEndpoint.ts'
import {importCorpus} from '../support/importCorpus.ts'
import {CORPUS} from '../support/corpus.ts'

const PROJECT = 'psfexport'
const DATASET = 'production'
const API_VERSION = '2025-02-19'
const BYLAWS = documentId('psf/working-groups/Bylaws.md')
const NEW_PATH = 'psf/working-groups/brand-new.md'
const ATTACHMENT = 'psf/_attachments/BylawsWG/PythonSoftwareFoundationBylaws_33223534-2013-10-09.pdf'

let endpoint: StudioEndpoint
let client: SanityClient
let file: string
let dir: string
let imported: Record<string, unknown>[]

/**
 * A mutation, sent again once if the socket it went out on was reset: between tests the client
 * keeps an idle connection that the server may close just as it is reused (Node's keep-alive
 * race). The patches here only set values, so sending one twice is harmless.
 */
async function mutate<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send()
  } catch (error) {
    if ((error as {code?: string}).code !== 'ECONNRESET') throw error
    return send()
  }
}

/** The tree exported to `out`, imported again as the wiki would be. */
async function reimport(out: string) {
  const {documents} = await runImport({sources: [path.join(out, 'psf/working-groups')], wikiRoot: out, siteUrl: 'https://wiki.python.org/', maxFileBytes: 5 * 1024 * 1024})
  return documents as unknown as Record<string, unknown>[]
}

beforeAll(async () => {
  ;({file} = await importCorpus())
  dir = path.dirname(file)
  imported = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line))
  // The endpoint serves the Studio's build from here; this test only talks to its API.
  mkdirSync(path.join(dir, 'studio'))
  writeFileSync(path.join(dir, 'studio/index.html'), '<!doctype html><title>Studio</title>')
  endpoint = await startStudioEndpoint({file, dataset: DATASET, projectId: PROJECT, studioDir: path.join(dir, 'studio'), port: 0})
  client = createClient({projectId: PROJECT, dataset: DATASET, apiHost: `http://127.0.0.1:${endpoint.port}`, useProjectHostname: false, apiVersion: API_VERSION, useCdn: false})

  await mutate(() => client
    .patch(BYLAWS)
    .set({title: 'Bylaws WG, as edited', 'body[_key=="b0"].children[_key=="s0"].text': 'Rewritten in the Studio: **not bold**, [not a link](x).'})
    .commit())
  await mutate(() => client.createOrReplace({
    _id: 'made-in-studio',
    _type: 'legacyPage',
    title: 'Brand new',
    slug: {_type: 'slug', current: NEW_PATH.replace(/\.md$/, '')},
    kind: 'legacy',
    body: [{_type: 'block', _key: 'a', style: 'h2', children: [{_type: 'span', _key: 'a1', text: 'Written by an editor', marks: []}], markDefs: []}],
  }))
}, 180_000)

afterAll(async () => {
  await endpoint?.close()
  if (dir) rmSync(dir, {recursive: true, force: true})
})

/** What the re-import must show: the edits, the new page, and every other document as first imported. */
function expectEditsSurvive(reimported: Record<string, unknown>[]) {
  const bylaws = reimported.find((document) => document._id === BYLAWS) as {title: string; body: {children: {text: string}[]}[]}
  expect(bylaws.title).toBe('Bylaws WG, as edited')
  expect(bylaws.body[0]!.children.map((span) => span.text).join('')).toBe('Rewritten in the Studio: **not bold**, [not a link](x).')
  const created = reimported.find((document) => document._id === documentId(NEW_PATH)) as {title: string; body: {style: string}[]}
  expect(created.title).toBe('Brand new')
  expect(created.body[0]!.style).toBe('h2')
  const {differences} = compareDatasets(imported, reimported)
  const elsewhere = differences.filter(({documentId: id}) => id !== BYLAWS && id !== documentId(NEW_PATH))
  expect(elsewhere).toEqual([])
}

test('edits survive: documents edited and created through the local Studio API export through @sanity/client and re-import as edited', async () => {
  const documents = await readHostedDataset({projectId: PROJECT, dataset: DATASET, apiHost: `http://127.0.0.1:${endpoint.port}`, apiVersion: API_VERSION})
  const out = path.join(dir, 'from-api')
  const result = await runExport({documents, out})
  expect(result.problems).toEqual([])
  expect(readFileSync(path.join(out, NEW_PATH), 'utf8')).toBe('# Brand new\n\n## Written by an editor\n')
  // The attachment now is a file asset of the endpoint: its bytes come from the asset's URL.
  expect(readFileSync(path.join(out, ATTACHMENT)).equals(readFileSync(path.join(CORPUS, ATTACHMENT)))).toBe(true)
  expectEditsSurvive(await reimport(out))
}, 180_000)

test('edits survive: the dataset file the Studio saved exports with the edits, attachments from its asset folder', async () => {
  const {documents, problems} = readDatasetFile(file)
  expect(problems).toEqual([])
  expect((documents as DatasetDocument[]).some((document) => document._type === 'sanity.fileAsset')).toBe(true)
  const out = path.join(dir, 'from-file')
  const result = await runExport({documents, out, assetSource: localAssetSource(file)})
  expect(result.problems).toEqual([])
  expect(readFileSync(path.join(out, ATTACHMENT)).equals(readFileSync(path.join(CORPUS, ATTACHMENT)))).toBe(true)
  expectEditsSurvive(await reimport(out))
}, 180_000)

test("edits survive: a group's summary and title go back to the index page, its charter copy to the charter page", async () => {
  const packaging = documentId('psf/working-groups/Packaging/index.md')
  const conduct = documentId('psf/working-groups/Conduct/index.md')
  const conductCharter = documentId('psf/working-groups/Conduct/Charter.md')
  await mutate(() => client.patch(packaging).set({title: 'Packaging Working Group', summary: 'Edited in the Studio'}).commit())
  await mutate(() =>
    client
      .patch(conduct)
      .set({'charter.title': 'Conduct Charter, revised', 'charter.body[_key=="b0"].children[_key=="s0"].text': 'A revised first heading'})
      .commit(),
  )
  const documents = await readHostedDataset({projectId: PROJECT, dataset: DATASET, apiHost: `http://127.0.0.1:${endpoint.port}`, apiVersion: API_VERSION})
  const out = path.join(dir, 'group-edits')
  const result = await runExport({documents, out, verify: true})
  expect(result.problems).toEqual([])
  expect(readFileSync(path.join(out, 'psf/working-groups/index.md'), 'utf8')).toContain('- [Packaging Working Group](Packaging/index) -- Edited in the Studio\n')
  const back = new Map((await reimport(out)).map((document) => [document._id, document as Record<string, any>]))
  expect(back.get(packaging)).toMatchObject({title: 'Packaging Working Group', summary: 'Edited in the Studio'})
  expect(back.get(conductCharter)!.title).toBe('Conduct Charter, revised')
  expect(back.get(conductCharter)!.body[0].children[0].text).toBe('A revised first heading')
  expect(back.get(conduct)!.charter.title).toBe('Conduct Charter, revised')
}, 180_000)

test('edits survive: a change the pages cannot carry (members typed into the Studio only) is an error naming the document and field', async () => {
  const packaging = documentId('psf/working-groups/Packaging/index.md')
  const members = await client.fetch<unknown[]>('*[_id == $id][0].members', {id: packaging})
  await mutate(() => client.patch(packaging).set({members: [...members, {_type: 'member', _key: 'studio-only', name: 'Studio Only', role: 'member'}]}).commit())
  const documents = await readHostedDataset({projectId: PROJECT, dataset: DATASET, apiHost: `http://127.0.0.1:${endpoint.port}`, apiVersion: API_VERSION})
  const result = await runExport({documents, out: path.join(dir, 'verified'), verify: true})
  expect(result.exitCode).toBe(1)
  expect(result.problems.map((problem) => problem.message)).toEqual([
    `${packaging}: imported again from the written tree, members differs from the dataset: the wiki's pages do not carry that change`,
  ])
}, 180_000)
