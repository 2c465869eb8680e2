import {uploadRoutes} from '../assets/uploadRoutes.ts'
import {historyRoutes} from '../history/historyRoutes.ts'
import {listenRoutes} from '../listen/listenRoutes.ts'
import {startLocalEndpoint, type LocalEndpoint} from '../startLocalEndpoint.ts'
import {createDatasetWriter, type DatasetWriter} from '../write/createDatasetWriter.ts'
import {writeRoutes} from '../write/writeRoutes.ts'
import {localStudioGuard} from './localStudioGuard.ts'
import {attachPresenceSocket} from './presenceSocket.ts'
import {staticRoutes} from './staticRoutes.ts'
import {studioApiRoutes} from './studioApiRoutes.ts'

export interface StudioEndpointOptions {
  /** The NDJSON file to read and write. */
  file: string
  /** Dataset and project the Studio was built for. */
  dataset: string
  projectId: string
  /** A `sanity build` of the Studio with the local workspace. */
  studioDir: string
  /** The local workspace's basePath. */
  basePath?: string
  reportFile?: string
  /** Default 3333; 0 picks a free port. */
  port?: number
  /** Largest asset upload, in bytes (default 50 MB); larger ones get a JSON 413. */
  maxUploadBytes?: number
  log?: (message: string) => void
}

export interface StudioEndpoint extends LocalEndpoint {
  /** Where to open the Studio: `http://localhost:PORT/local`. */
  studioUrl: string
  /** The API host the Studio talks to: `http://<projectId>.localhost:PORT`. */
  apiUrl: string
  writers: Map<string, DatasetWriter>
}

/**
 * The local endpoint with everything the real Studio needs to read and edit the dataset: the
 * project API, mutations and actions, asset uploads, the listener, history, and the built Studio
 * itself, all on 127.0.0.1 behind `localStudioGuard`.
 */
export async function startStudioEndpoint(options: StudioEndpointOptions): Promise<StudioEndpoint> {
  const basePath = options.basePath ?? '/local'
  const writers = new Map<string, DatasetWriter>()
  const guard = localStudioGuard(options.projectId)
  const endpoint = await startLocalEndpoint({
    datasets: {[options.dataset]: options.file},
    reportFile: options.reportFile,
    port: options.port ?? 3333,
    maxBodyBytes: 16 * 1024 * 1024,
    revisions: true,
    log: options.log,
    guard,
    projectId: options.projectId,
    routes: (stores, assets) => {
      for (const [name, store] of stores) writers.set(name, createDatasetWriter(store))
      return [
        ...writeRoutes(writers),
        ...uploadRoutes({libraries: assets, writers, maxUploadBytes: options.maxUploadBytes}),
        ...listenRoutes(writers),
        ...historyRoutes(writers),
        ...studioApiRoutes({projectId: options.projectId, datasets: [...stores.keys()]}),
        ...staticRoutes({dir: options.studioDir, basePath}),
      ]
    },
  })
  const presence = attachPresenceSocket(endpoint.server, guard)
  return {
    ...endpoint,
    close: () => {
      presence.closeAll()
      return endpoint.close()
    },
    writers,
    studioUrl: `http://localhost:${endpoint.port}${basePath}`,
    apiUrl: `http://${options.projectId}.localhost:${endpoint.port}`,
  }
}
