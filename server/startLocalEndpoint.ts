import {projectId as defaultProjectId} from '../studio/env.ts'
import {assetRoutes} from './assets/assetRoutes.ts'
import {createAssetLibrary, type AssetLibrary} from './assets/createAssetLibrary.ts'
import {resolveImportedAssets} from './assets/resolveImportedAssets.ts'
import {dataRoutes} from './data/dataRoutes.ts'
import {localServeGuard} from './localServeGuard.ts'
import {reviewRoutes} from './review/reviewRoutes.ts'
import type {RouteTable} from './router.ts'
import {HOST, startServer, type RequestGuard, type RunningServer} from './startServer.ts'
import {createDatasetStore, type DatasetStore} from './store/createDatasetStore.ts'

export interface LocalEndpointOptions {
  /** NDJSON files by dataset name; the first one is what the review site shows. */
  datasets: Record<string, string>
  port?: number
  /** The importer's JSON report, for the review site's report pages. */
  reportFile?: string
  /** More routes (write APIs, ...), tried after the data and asset APIs and before the review site; a function gets the stores and asset libraries. */
  routes?: RouteTable | ((datasets: ReadonlyMap<string, DatasetStore>, assets: ReadonlyMap<string, AssetLibrary>) => RouteTable)
  /** The project id in asset paths and URLs (`files/<projectId>/<dataset>/…`); default the Studio's. */
  projectId?: string
  /** Checks every request first (see `startServer`); default `localServeGuard(corsOrigins)`. */
  guard?: RequestGuard
  /** Origins besides the server's own whose pages may call it (`--cors-origin`), for the default guard. */
  corsOrigins?: readonly string[]
  maxBodyBytes?: number
  /** A query running longer is ended and answered with a 408 (ms, default 10 s). */
  queryTimeoutMs?: number
  /** Journal size that triggers a compaction (see `DatasetStoreOptions.compactBytes`). */
  compactBytes?: number
  /** Give documents without `_rev` a stable one (see `DatasetStoreOptions.revisions`). */
  revisions?: boolean
  /** How often a request may look at the dataset file for a change (ms; default the store's). */
  checkIntervalMs?: number
  log?: (message: string) => void
}

export interface LocalEndpoint extends RunningServer {
  datasets: Map<string, DatasetStore>
  /** Each dataset's assets, stored beside its file (`dataset.assets/`). */
  assets: Map<string, AssetLibrary>
}

/**
 * The local Sanity read API, the assets, and the review site, over NDJSON datasets, on 127.0.0.1.
 * Imported attachments (`_sanityAsset`) are served as file assets (see `resolveImportedAssets`).
 */
export async function startLocalEndpoint(options: LocalEndpointOptions): Promise<LocalEndpoint> {
  const log = options.log ?? (() => {})
  const datasets = new Map<string, DatasetStore>()
  const assets = new Map<string, AssetLibrary>()
  // Asset URLs name the endpoint; the stores prepare their documents on first use, after it listens.
  let endpointUrl: string | undefined
  const baseUrl = () => endpointUrl ?? `http://${HOST}:${options.port ?? 0}`
  for (const [name, file] of Object.entries(options.datasets)) {
    const library = createAssetLibrary({datasetFile: file, dataset: name, projectId: options.projectId ?? defaultProjectId, baseUrl})
    assets.set(name, library)
    datasets.set(name, createDatasetStore({
      name,
      file,
      revisions: options.revisions,
      checkIntervalMs: options.checkIntervalMs,
      queryTimeoutMs: options.queryTimeoutMs,
      compactBytes: options.compactBytes,
      projectId: options.projectId ?? defaultProjectId,
      prepare: resolveImportedAssets(library, log),
      onReloadError: (error) => log(`reload of ${name} failed, serving the previous data: ${error.message}`),
      log,
    }))
  }
  const [first] = datasets.values()
  if (!first) throw new Error('startLocalEndpoint: give at least one dataset')
  const routes: RouteTable = [
    ...dataRoutes(datasets),
    ...assetRoutes(new Map([...datasets].map(([name, store]) => [name, {store, library: assets.get(name)!}]))),
    ...(typeof options.routes === 'function' ? options.routes(datasets, assets) : (options.routes ?? [])),
    ...reviewRoutes({store: first, reportFile: options.reportFile}),
  ]
  const server = await startServer({
    routes,
    port: options.port,
    maxBodyBytes: options.maxBodyBytes,
    guard: options.guard ?? localServeGuard(options.corsOrigins),
    onError: (error, req) => log(`${req.method} ${req.url}: ${(error as Error)?.stack ?? String(error)}`),
  })
  endpointUrl = server.url
  return {
    ...server,
    datasets,
    assets,
    // Stores compact their journals into the dataset files once no request can write any more.
    close: async () => {
      await server.close()
      for (const store of datasets.values()) await store.close()
    },
  }
}
