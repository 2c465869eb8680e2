import {createHash, randomUUID} from 'node:crypto'
import path from 'node:path'
import {badRequest, HttpError, notFound} from '../../../server/HttpError.ts'
import type {RouteContext, RouteTable} from '../../../server/router.ts'
import {writeRoutes} from '../../../server/write/writeRoutes.ts'
import type {LakeDataset} from './createLakeDataset.ts'

/** The datasets the test server holds, by name. */
export type LakeRegistry = ReadonlyMap<string, LakeDataset>

/**
 * The write half of the Content Lake API as @sanity/client calls it, to be merged with
 * `server/`'s read routes: `POST /v{apiVersion}/data/mutate/{dataset}` (`server/`'s own route: a
 * transaction, answered with its id and per-document results) and `POST /v{apiVersion}/assets/files/{dataset}` (the
 * body is the file; the same bytes always give the same asset, which is answered again rather
 * than stored twice).
 */
export function lakeRoutes(datasets: LakeRegistry, projectId: string): RouteTable {
  const writers = new Map([...datasets].map(([name, dataset]) => [name, dataset.writer]))
  const mutate = writeRoutes(writers).find((route) => route.path.includes('/data/mutate/'))!
  return [
    mutate,
    {method: 'POST', path: '/v:apiVersion/assets/files/:dataset', handler: (context) => uploadFile(datasets, projectId, context)},
  ]
}

async function uploadFile(datasets: LakeRegistry, projectId: string, {req, params, url}: RouteContext) {
  const dataset = named(datasets, params.dataset!)
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const bytes = Buffer.concat(chunks)
  const sha1hash = createHash('sha1').update(bytes).digest('hex')
  const filename = url.searchParams.get('filename') ?? undefined
  const extension = (filename ? path.extname(filename).slice(1).toLowerCase() : '') || 'bin'
  const _id = `file-${sha1hash}-${extension}`
  const existing = dataset.documents().get(_id)
  if (existing) return {json: {document: existing}}
  const assetPath = `files/${projectId}/${dataset.name}/${sha1hash}.${extension}`
  dataset.commit([
    {
      create: {
        _id,
        _type: 'sanity.fileAsset',
        assetId: sha1hash,
        sha1hash,
        extension,
        mimeType: req.headers['content-type'] ?? 'application/octet-stream',
        originalFilename: filename,
        size: bytes.length,
        path: assetPath,
        url: `https://cdn.sanity.io/${assetPath}`,
        uploadId: randomUUID(),
      },
    },
  ])
  return {json: {document: dataset.documents().get(_id)}}
}

function named(datasets: LakeRegistry, name: string): LakeDataset {
  const dataset = datasets.get(name)
  if (!dataset) throw notFound(`Dataset "${name}" not found`)
  return dataset
}

export {HttpError}
