import {dataRoutes} from './data/dataRoutes.ts'
import {reviewRoutes} from './review/reviewRoutes.ts'
import type {RouteTable} from './router.ts'
import {startServer, type RequestGuard, type RunningServer} from './startServer.ts'
import {createDatasetStore, type DatasetStore} from './store/createDatasetStore.ts'

export interface LocalEndpointOptions {
  /** NDJSON files by dataset name; the first one is what the review site shows. */
  datasets: Record<string, string>
  port?: number
  /** The importer's JSON report, for the review site's report pages. */
  reportFile?: string
  /** More routes (write APIs, ...), tried after the data API and before the review site; a function gets the stores. */
  routes?: RouteTable | ((datasets: ReadonlyMap<string, DatasetStore>) => RouteTable)
  /** Checks every request first (see `startServer`). */
  guard?: RequestGuard
  maxBodyBytes?: number
  /** Give documents without `_rev` a stable one (see `DatasetStoreOptions.revisions`). */
  revisions?: boolean
  log?: (message: string) => void
}

export interface LocalEndpoint extends RunningServer {
  datasets: Map<string, DatasetStore>
}

/** The local Sanity read API plus the review site, over NDJSON datasets, on 127.0.0.1. */
export async function startLocalEndpoint(options: LocalEndpointOptions): Promise<LocalEndpoint> {
  const log = options.log ?? (() => {})
  const datasets = new Map<string, DatasetStore>()
  for (const [name, file] of Object.entries(options.datasets)) {
    datasets.set(name, createDatasetStore({name, file, revisions: options.revisions, onReloadError: (error) => log(`reload of ${name} failed, serving the previous data: ${error.message}`)}))
  }
  const [first] = datasets.values()
  if (!first) throw new Error('startLocalEndpoint: give at least one dataset')
  const routes: RouteTable = [
    ...dataRoutes(datasets),
    ...(typeof options.routes === 'function' ? options.routes(datasets) : (options.routes ?? [])),
    ...reviewRoutes({store: first, reportFile: options.reportFile}),
  ]
  const server = await startServer({
    routes,
    port: options.port,
    maxBodyBytes: options.maxBodyBytes,
    guard: options.guard,
    onError: (error, req) => log(`${req.method} ${req.url}: ${(error as Error)?.stack ?? String(error)}`),
  })
  return {...server, datasets}
}
