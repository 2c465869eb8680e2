import {createHash} from 'node:crypto'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {request} from 'node:http'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {crc32, deflateSync} from 'node:zlib'
import {ClientError, createClient, type SanityClient} from '@sanity/client'
import {readImageInfo} from '../../server/assets/readImageInfo.ts'
import {startLocalEndpoint} from '../../server/startLocalEndpoint.ts'
import {startStudioEndpoint, type StudioEndpoint} from '../../server/studio/startStudioEndpoint.ts'
import {readDataset} from '../../server/store/journal/readDataset.ts'

const PROJECT = 'testproj'
const MAX_UPLOAD = 64 * 1024
let endpoint: StudioEndpoint
let client: SanityClient
let dir: string
let file: string

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'assets-'))
  file = path.join(dir, 'dataset.ndjson')
  writeFileSync(file, JSON.stringify({_id: 'g', _type: 'workingGroup', title: 'Group'}) + '\n')
  mkdirSync(path.join(dir, 'studio'))
  writeFileSync(path.join(dir, 'studio/index.html'), '<!doctype html><title>Studio</title>')
  endpoint = await startStudioEndpoint({file, dataset: 'production', projectId: PROJECT, studioDir: path.join(dir, 'studio'), port: 0, maxUploadBytes: MAX_UPLOAD})
  client = createClient({projectId: PROJECT, dataset: 'production', apiVersion: '2025-02-19', useCdn: false, useProjectHostname: false, apiHost: endpoint.url})
})

afterEach(async () => {
  await endpoint.close()
  rmSync(dir, {recursive: true, force: true})
})

const sha1 = (bytes: Buffer) => createHash('sha1').update(bytes).digest('hex')
/** What the dataset holds on disk: the NDJSON file and the journal of writes since its last compaction. */
const fileDocuments = (): any[] => readDataset(file).documents
const PDF = Buffer.from('%PDF-1.4\n% a tiny attachment\n%%EOF\n')

/** A real PNG (valid chunks and CRCs) of the given size, black, RGB. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // RGB
  const pixels = deflateSync(Buffer.alloc((width * 3 + 1) * height))
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))])
}

/** A raw request, so that Host and Origin are exactly what a test says. */
function send(method: string, pathname: string, options: {host?: string; origin?: string; body?: Buffer} = {}): Promise<{status: number; headers: Record<string, unknown>; body: Buffer}> {
  const headers: Record<string, string> = {host: options.host ?? `127.0.0.1:${endpoint.port}`}
  if (options.origin) headers.origin = options.origin
  return new Promise((resolve, reject) => {
    const req = request({host: '127.0.0.1', port: endpoint.port, method, path: pathname, headers}, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks)}))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

test('assets: a file upload answers the hosted API shape, is written to the file and served at its url', async () => {
  const asset = await client.assets.upload('file', PDF, {filename: 'minutes.pdf'})
  const hash = sha1(PDF)
  expect(asset).toMatchObject({
    _id: `file-${hash}-pdf`,
    _type: 'sanity.fileAsset',
    assetId: hash,
    sha1hash: hash,
    extension: 'pdf',
    mimeType: 'application/pdf',
    originalFilename: 'minutes.pdf',
    size: PDF.length,
    path: `files/${PROJECT}/production/${hash}.pdf`,
    url: `${endpoint.url}/files/${PROJECT}/production/${hash}.pdf`,
  })
  expect(typeof asset._rev).toBe('string')
  // Through the writer: persisted, and a transaction the listener and history see.
  expect(fileDocuments().find((doc) => doc._id === asset._id)).toMatchObject({sha1hash: hash, _rev: asset._rev})
  expect(endpoint.writers.get('production')!.transactions.at(-1)!.changes.map((change) => change.id)).toEqual([asset._id])
  expect(await client.getDocument(asset._id)).toMatchObject({originalFilename: 'minutes.pdf'})

  const served = await fetch(asset.url)
  expect(served.status).toBe(200)
  expect(served.headers.get('content-type')).toBe('application/pdf')
  expect(Buffer.from(await served.arrayBuffer())).toEqual(PDF)
  expect((await fetch(`${asset.url}?dl=`)).headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''minutes.pdf")
  expect(readdirSync(path.join(dir, 'dataset.assets/files'))).toEqual([`${hash}.pdf`])
})

test('assets: the same bytes uploaded twice are one asset, stored once', async () => {
  const first = await client.assets.upload('file', PDF, {filename: 'minutes.pdf'})
  const second = await client.assets.upload('file', PDF, {filename: 'copy-of-minutes.pdf'})
  expect(second._id).toBe(first._id)
  expect(second._rev).toBe(first._rev)
  expect(fileDocuments().filter((doc) => doc._type === 'sanity.fileAsset')).toHaveLength(1)
  expect(endpoint.writers.get('production')!.transactions).toHaveLength(1)
})

test('assets: an image upload gets its dimensions into the id, path and metadata, and is served as an image', async () => {
  const bytes = png(3, 2)
  const asset = await client.assets.upload('image', bytes, {filename: 'logo.png'})
  const hash = sha1(bytes)
  expect(asset).toMatchObject({
    _id: `image-${hash}-3x2-png`,
    _type: 'sanity.imageAsset',
    extension: 'png',
    mimeType: 'image/png',
    path: `images/${PROJECT}/production/${hash}-3x2.png`,
    metadata: {_type: 'sanity.imageMetadata', dimensions: {_type: 'sanity.imageDimensions', width: 3, height: 2, aspectRatio: 1.5}, hasAlpha: false, isOpaque: true},
  })
  // The Studio builds image URLs from its API host with transformation parameters; the original is served.
  const served = await fetch(`${asset.url}?w=100&fit=max`)
  expect(served.headers.get('content-type')).toBe('image/png')
  expect(Buffer.from(await served.arrayBuffer())).toEqual(bytes)
})

test('assets: an image upload that is no image is refused with a 400, nothing written', async () => {
  const error = await client.assets.upload('image', PDF, {filename: 'not-an-image.png'}).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(ClientError)
  expect((error as ClientError).statusCode).toBe(400)
  expect(fileDocuments()).toHaveLength(1)
})

test('assets: an upload past the limit gets a JSON 413, nothing written', async () => {
  const answer = await send('POST', `/v2025-02-19/assets/files/production?filename=big.bin`, {body: Buffer.alloc(MAX_UPLOAD + 1)})
  expect(answer.status).toBe(413)
  expect(answer.headers['content-type']).toMatch(/^application\/json/)
  expect(JSON.parse(answer.body.toString())).toMatchObject({statusCode: 413, error: 'Payload Too Large'})
  const error = await client.assets.upload('file', Buffer.alloc(MAX_UPLOAD + 1), {filename: 'big.bin'}).catch((caught: unknown) => caught)
  expect((error as ClientError).statusCode).toBe(413)
  expect(fileDocuments()).toHaveLength(1)
})

test.each<[string, {host?: string; origin?: string}]>([
  ['a foreign Host', {host: 'evil.example:1234'}],
  ['a rebinding name on the right port', {host: 'attacker.test:PORT'}],
  ['a foreign Origin', {origin: 'https://evil.example'}],
])('assets: the guard refuses %s on upload and download with a 403', async (_case, options) => {
  const asset = await client.assets.upload('file', PDF, {filename: 'minutes.pdf'})
  const host = options.host?.replace('PORT', String(endpoint.port))
  const upload = await send('POST', `/v2025-02-19/assets/files/production?filename=other.txt`, {...options, host, body: Buffer.from('other')})
  expect(upload.status).toBe(403)
  const download = await send('GET', new URL(asset.url).pathname, {...options, host})
  expect(download.status).toBe(403)
  expect(download.body.toString()).not.toContain('%PDF')
  expect(fileDocuments().filter((doc) => doc._type === 'sanity.fileAsset')).toHaveLength(1)
})

test.each<[string, (hash: string) => string]>([
  ['an unknown hash', () => `/files/${PROJECT}/production/${'0'.repeat(40)}.pdf`],
  ['another project', (hash: string) => `/files/otherproj/production/${hash}.pdf`],
  ['another dataset', (hash: string) => `/files/${PROJECT}/staging/${hash}.pdf`],
  ['the wrong extension', (hash: string) => `/files/${PROJECT}/production/${hash}.txt`],
  ['a path out of the folder', () => `/files/${PROJECT}/production/..%2f..%2fdataset.ndjson`],
  ['a file asset under images', (hash: string) => `/images/${PROJECT}/production/${hash}.pdf`],
])('assets: %s is a 404', async (_case, pathFor) => {
  await client.assets.upload('file', PDF, {filename: 'minutes.pdf'})
  const answer = await send('GET', pathFor(sha1(PDF)))
  expect(answer.status).toBe(404)
  expect(JSON.parse(answer.body.toString())).toMatchObject({statusCode: 404})
})

test('assets: an imported attachment the asset folder cannot take stays as imported and is logged; the dataset is still served', async () => {
  const attached = path.join(dir, 'minutes.pdf')
  writeFileSync(attached, PDF)
  const data = path.join(dir, 'imported.ndjson')
  const page = {_id: 'p', _type: 'legacyPage', title: 'Page', attachment: {_type: 'attachment', _sanityAsset: `file@file://${attached}`}}
  writeFileSync(data, JSON.stringify(page) + '\n')
  writeFileSync(path.join(dir, 'imported.assets'), 'a file where the folder would go')
  const messages: string[] = []
  const local = await startLocalEndpoint({datasets: {production: data}, port: 0, projectId: PROJECT, log: (message) => messages.push(message)})
  try {
    expect(local.datasets.get('production')!.documents('raw')).toEqual([page])
    expect(messages).toEqual([expect.stringMatching(/minutes\.pdf cannot be copied into .*imported\.assets/)])
  } finally {
    await local.close()
  }
})

test('assets: an attachment URL that names a host does not stop the store; the documents are served as imported', async () => {
  const data = path.join(dir, 'imported.ndjson')
  const page = {_id: 'p', _type: 'legacyPage', title: 'Page', attachment: {_type: 'attachment', _sanityAsset: 'file@file://fileserver/minutes.pdf'}}
  writeFileSync(data, JSON.stringify(page) + '\n')
  const messages: string[] = []
  const local = await startLocalEndpoint({datasets: {production: data}, port: 0, projectId: PROJECT, log: (message) => messages.push(message)})
  try {
    expect(local.datasets.get('production')!.documents('raw')).toEqual([page])
    expect(messages).toEqual([expect.stringContaining('resolution failed')])
  } finally {
    await local.close()
  }
})

test.each<[string, Buffer, {width: number; height: number; extension: string} | undefined]>([
  ['PNG', png(640, 480), {width: 640, height: 480, extension: 'png'}],
  ['GIF', Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.from([0x20, 0x03, 0x58, 0x02]), Buffer.alloc(8)]), {width: 800, height: 600, extension: 'gif'}],
  // SOI, an APP0 segment to skip, then a baseline SOF0 frame of 300 x 200.
  ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0xc8, 0x01, 0x2c, 0x03, 0, 0, 0, 0, 0, 0]), {width: 300, height: 200, extension: 'jpg'}],
  ['PDF (no image: undefined)', PDF, undefined],
])('readImageInfo: size and format from the header of %s', (_case, bytes, expected) => {
  const info = readImageInfo(bytes)
  expect(info && {width: info.width, height: info.height, extension: info.extension}).toEqual(expected)
})
