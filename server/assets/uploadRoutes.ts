import {badRequest, notFound} from '../HttpError.ts'
import type {RouteContext, RouteTable} from '../router.ts'
import type {WriterRegistry} from '../write/writeRoutes.ts'
import type {AssetDocument, AssetKind, AssetLibrary, UploadDetails} from './createAssetLibrary.ts'
import {readRequestBytes} from '../readRequestBytes.ts'

/** Largest upload accepted by default: 50 MB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024

export interface UploadRoutesOptions {
  /** Asset libraries by dataset name. */
  libraries: ReadonlyMap<string, AssetLibrary>
  /** The datasets' writers: asset documents are written like any other document. */
  writers: WriterRegistry
  maxUploadBytes?: number
}

/**
 * The asset upload API as @sanity/client and the Studio call it:
 * `POST /v{apiVersion}/assets/{images|files}/{dataset}?filename=…&label=…` with the file as the
 * body, answered `{document}` with the `sanity.imageAsset` or `sanity.fileAsset` document. Bytes
 * an asset of the same kind already holds (same SHA-1) are not stored again: the existing
 * document is the answer. A new document goes through the dataset's writer, so the file holds it
 * before the answer and listeners see it.
 */
export function uploadRoutes(options: UploadRoutesOptions): RouteTable {
  const limit = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES
  return [
    {method: 'POST', path: '/v:apiVersion/assets/images/:dataset', handler: (context) => upload(options, limit, 'image', context)},
    {method: 'POST', path: '/v:apiVersion/assets/files/:dataset', handler: (context) => upload(options, limit, 'file', context)},
  ]
}

async function upload(options: UploadRoutesOptions, limit: number, kind: AssetKind, {params, url, req}: RouteContext) {
  const library = options.libraries.get(params.dataset!)
  const writer = options.writers.get(params.dataset!)
  if (!library || !writer) throw notFound(`Dataset "${params.dataset}" not found`)
  const bytes = await readRequestBytes(req, limit, 'Upload')
  if (bytes.length === 0) throw badRequest('Upload has no content')
  const described = library.store(kind, bytes, uploadDetails(url, req.headers['content-type']))
  const existing = [...writer.documents().values()].find((document) => document._type === described._type && document.sha1hash === described.sha1hash)
  if (existing) return {json: {document: existing}}
  writer.commit([{createIfNotExists: described}])
  await writer.flushed()
  return {json: {document: writer.documents().get(described._id) as AssetDocument}}
}

/** The upload URL's query (as @sanity/client sends it) and the Content-Type header. */
function uploadDetails(url: URL, contentType: string | undefined): UploadDetails {
  const query = (name: string) => url.searchParams.get(name) || undefined
  return {
    filename: query('filename'),
    contentType,
    label: query('label'),
    title: query('title'),
    description: query('description'),
    creditLine: query('creditLine'),
    source: {id: query('sourceId'), name: query('sourceName'), url: query('sourceUrl')},
  }
}
