import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {importHash, storedImportHash} from '../../dataset/importHash.ts'
import {pageBySlugQuery} from '../../queries/index.ts'
import {startLocalEndpoint} from '../../server/startLocalEndpoint.ts'
import {readDatasetFile} from '../../dataset/readDatasetFile.ts'
import type {StoredDocument} from '../../dataset/types.ts'
import {startStudioEndpoint, type StudioEndpoint} from '../../server/studio/startStudioEndpoint.ts'
import {CORPUS} from '../support/corpus.ts'
import {importCorpus} from '../support/importCorpus.ts'

const PROJECT = 'testproj'
const BYLAWS = 'wiki-psf-working-groups-bylaws-6d1e96b9'
const BYLAWS_PDF = path.join(CORPUS, 'psf/_attachments/BylawsWG/PythonSoftwareFoundationBylaws_33223534-2013-10-09.pdf')

let file: string
let imported: string
let endpoint: StudioEndpoint
const logged: string[] = []

beforeAll(async () => {
  // importCorpus fails with a clear message when ../shared/corpus is missing.
  ;({file} = await importCorpus())
  imported = readFileSync(file, 'utf8')
  const dir = path.dirname(file)
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html>')
  endpoint = await startStudioEndpoint({file, dataset: 'production', projectId: PROJECT, studioDir: dir, port: 0, log: (message) => logged.push(message)})
}, 60_000)

afterAll(() => endpoint?.close())

const sha1 = (bytes: Buffer) => createHash('sha1').update(bytes).digest('hex')
const store = () => endpoint.datasets.get('production')!

/** Every object with `_sanityAsset` or an `asset` reference in a document. */
function fileFields(value: unknown, found: Record<string, any>[] = []): Record<string, any>[] {
  if (Array.isArray(value)) value.forEach((item) => fileFields(item, found))
  else if (value && typeof value === 'object') {
    const record = value as Record<string, any>
    if ('_sanityAsset' in record || record.asset?._ref) found.push(record)
    Object.values(record).forEach((item) => fileFields(item, found))
  }
  return found
}

test('assets (corpus): the Bylaws attachments become file assets the page references, served as the PDFs', async () => {
  const bylaws = store().getDocument(BYLAWS)!
  const fields = fileFields(bylaws)
  expect(fields.length).toBeGreaterThan(0)
  expect(fields.filter((field) => '_sanityAsset' in field)).toEqual([])
  const pdf = readFileSync(BYLAWS_PDF)
  const id = `file-${sha1(pdf)}-pdf`
  expect(fields.map((field) => field.asset._ref)).toContain(id)
  expect(fields.every((field) => field.asset._type === 'reference')).toBe(true)

  const asset = store().getDocument(id) as StoredDocument & {url: string}
  expect(asset).toMatchObject({_type: 'sanity.fileAsset', sha1hash: sha1(pdf), size: pdf.length, mimeType: 'application/pdf', originalFilename: path.basename(BYLAWS_PDF)})
  const served = await fetch(asset.url)
  expect(served.headers.get('content-type')).toBe('application/pdf')
  expect(Buffer.from(await served.arrayBuffer()).equals(pdf)).toBe(true)
  // GROQ follows the reference, as a frontend would to link the file.
  const urls = await store().query('*[_id == $id][0].body[].markDefs[][_type == "attachmentLink"].file.asset->url', {id: BYLAWS})
  expect(urls.result).toContain(asset.url)
})

test('assets (corpus): every imported attachment resolves, each file is copied once, and nothing looks edited', () => {
  const documents = store().documents('raw')
  expect(JSON.stringify(documents)).not.toContain('"_sanityAsset"')
  const assets = documents.filter((doc) => doc._type === 'sanity.fileAsset')
  expect(assets).toHaveLength(3)
  expect(readdirSync(path.join(path.dirname(file), 'dataset.assets/files')).sort()).toEqual(assets.map((asset) => `${asset.sha1hash}.pdf`).sort())
  // The resolved documents carry the import hash of what they now hold, as the push stamps them.
  for (const doc of documents.filter((candidate) => fileFields(candidate).length > 0)) expect(storedImportHash(doc)).toBe(importHash(doc))
  expect(logged).toEqual([])
})

test('assets (corpus): loading does not rewrite the dataset file; the next compaction persists the resolved documents', () => {
  expect(readFileSync(file, 'utf8')).toBe(imported)
  endpoint.writers.get('production')!.commit([{patch: {id: BYLAWS, set: {title: 'Bylaws (edited)'}}}])
  expect(readFileSync(file, 'utf8')).toBe(imported) // the write is in the journal
  store().compact()
  const written = readDatasetFile(file)
  expect(written.filter((doc) => doc._type === 'sanity.fileAsset')).toHaveLength(3)
  expect(JSON.stringify(written)).not.toContain('"_sanityAsset"')
  // Revisions derived from content are still never written.
  expect(written.filter((doc) => doc._rev !== undefined).map((doc) => doc._id)).toEqual([BYLAWS])
})

test('assets (corpus): a missing attachment stays as imported and is logged once, across reloads', async () => {
  const copy = path.join(path.dirname(file), 'missing.ndjson')
  const missing = '/nowhere/minutes.pdf'
  const lines = imported.replaceAll(`file://${BYLAWS_PDF}`, `file://${missing}`)
  writeFileSync(copy, lines)
  const messages: string[] = []
  const local = await startLocalEndpoint({datasets: {production: copy}, port: 0, projectId: PROJECT, checkIntervalMs: 0, log: (message) => messages.push(message)})
  try {
    const bylaws = local.datasets.get('production')!.getDocument(BYLAWS)!
    expect(fileFields(bylaws).map((field) => field._sanityAsset).filter(Boolean)).toEqual([`file@file://${missing}`])
    expect(fileFields(bylaws).filter((field) => field.asset)).not.toEqual([])
    // The file changes (as when the importer runs again): a reload, and still one message.
    const generation = local.datasets.get('production')!.generation
    writeFileSync(copy, lines + '\n')
    expect(local.datasets.get('production')!.getDocument(BYLAWS)).toBeDefined()
    expect(local.datasets.get('production')!.generation).toBe(generation + 1)
    expect(messages.filter((message) => message.includes(missing))).toHaveLength(1)
    expect(existsSync(path.join(path.dirname(copy), 'missing.assets/files'))).toBe(true)
  } finally {
    await local.close()
  }
})

test('assets (corpus): the review site and pageBySlugQuery link the Bylaws attachments to their served files', async () => {
  const pdf = readFileSync(BYLAWS_PDF)
  const asset = store().getDocument(`file-${sha1(pdf)}-pdf`) as StoredDocument & {url: string}
  const slug = (store().getDocument(BYLAWS) as StoredDocument & {slug: {current: string}}).slug.current
  const {result} = await store().query(pageBySlugQuery, {slug})
  const links = (result as {body: {markDefs?: {_type: string; asset?: {url: string}}[]}[]}).body.flatMap((block) => block.markDefs ?? [])
  expect(links.filter((mark) => mark._type === 'attachmentLink').map((mark) => mark.asset?.url)).toContain(asset.url)
  const html = await (await fetch(`http://127.0.0.1:${endpoint.port}/pages/${slug}`, {headers: {host: `localhost:${endpoint.port}`}})).text()
  expect(html).toContain(`<a class="attachment-link" href="${asset.url}"`)
})
