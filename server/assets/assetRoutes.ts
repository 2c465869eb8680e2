import {createReadStream, statSync} from 'node:fs'
import {notFound} from '../HttpError.ts'
import type {RouteContext, RouteTable} from '../router.ts'
import type {DatasetStore} from '../store/createDatasetStore.ts'
import type {AssetDocument, AssetKind, AssetLibrary} from './createAssetLibrary.ts'

/** A dataset's store and asset library, by dataset name. */
export type AssetRegistry = ReadonlyMap<string, {store: DatasetStore; library: AssetLibrary}>

/**
 * Serves stored assets where their `url` points, as the CDN does: `GET /files/{projectId}/{dataset}/{sha1}.{ext}`
 * and `GET /images/{projectId}/{dataset}/{sha1}-{w}x{h}.{ext}`, with the asset document's
 * `mimeType`; `?dl` (or `?dl=name`) makes it a download. Only bytes an asset document of the
 * dataset describes are served. Image transformations (`w`, `h`, `fit`…) are ignored: the
 * original is served.
 */
export function assetRoutes(assets: AssetRegistry): RouteTable {
  return [
    {method: 'GET', path: '/files/:projectId/:dataset/:filename', handler: (context) => serveAsset(assets, 'file', context)},
    {method: 'GET', path: '/images/:projectId/:dataset/:filename', handler: (context) => serveAsset(assets, 'image', context)},
  ]
}

const ACTIVE_CONTENT = /html|svg|xml|javascript|ecmascript/i

function serveAsset(assets: AssetRegistry, kind: AssetKind, {params, url, req, res}: RouteContext) {
  const missing = () => notFound(`No ${kind} asset at ${url.pathname}`)
  const entry = assets.get(params.dataset!)
  if (!entry || entry.library.projectId !== params.projectId) throw missing()
  const located = entry.library.locate(kind, params.filename!)
  const document = located && (entry.store.getDocument(located.assetId) as AssetDocument | undefined)
  if (!located || !document) throw missing()
  let size: number
  try {
    size = statSync(located.file).size
  } catch {
    throw missing()
  }
  const headers: Record<string, string | number> = {'content-type': document.mimeType || 'application/octet-stream', 'content-length': size, 'x-content-type-options': 'nosniff'}
  const download = url.searchParams.get('dl')
  // Anything a browser would run (HTML, SVG, XML) is only ever a download: it would run on an origin the Studio trusts.
  if (download !== null || ACTIVE_CONTENT.test(headers['content-type'] as string)) headers['content-disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(download || document.originalFilename || params.filename!)}`
  res.writeHead(200, headers)
  if (req.method === 'HEAD') res.end()
  else createReadStream(located.file).on('error', () => res.destroy()).pipe(res)
  return undefined
}
