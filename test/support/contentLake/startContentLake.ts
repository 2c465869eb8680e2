import {dataRoutes} from '../../../server/data/dataRoutes.ts'
import {HttpError} from '../../../server/HttpError.ts'
import type {Route, RouteContext, RouteTable} from '../../../server/router.ts'
import {startServer} from '../../../server/startServer.ts'
import {createLakeDataset, type LakeDataset, type LakeDocument} from './createLakeDataset.ts'
import type {FaultInjector, LakeRoute} from './faults.ts'
import {lakeRoutes} from './lakeRoutes.ts'

/** One request as the server saw it. */
export interface RequestRecord {
  route: LakeRoute
  method: string
  /** Full request URL (path and query), to check that nothing secret travels in it. */
  url: string
  /** ms since the server started, when the request arrived and when it was answered or dropped. */
  arrivedAt: number
  endedAt?: number
  bytesIn: number
  bytesOut: number
  status?: number
  /** Whether the server dropped the connection instead of answering. */
  dropped: boolean
}

export interface ContentLake {
  /** `http://127.0.0.1:PORT`: the push's `--api-host`. */
  url: string
  projectId: string
  dataset: LakeDataset
  /** Every request, in arrival order. */
  requests: RequestRecord[]
  /** Most requests in flight at once, per kind: data (mutate, query, doc) and upload. */
  maxInFlight: {data: number; upload: number}
  /** Set to inject faults; cleared by `reset()`. */
  inject?: FaultInjector
  /** Forgets the request log and counters (the dataset stays). */
  reset(): void
  close(): Promise<void>
}

export interface ContentLakeOptions {
  projectId?: string
  dataset?: string
  /** The token requests must carry (`Authorization: Bearer …`); others get a 401. */
  token: string
  documents?: readonly LakeDocument[]
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The local Content Lake the contract tests run the real @sanity/client against: `server/`'s
 * router, server and read routes (query, doc) merged with the write routes of `lakeRoutes`, every
 * route wrapped so that it checks the token, logs the request, counts what is in flight and obeys
 * the fault injector. Listens on 127.0.0.1, port 0.
 */
export async function startContentLake(options: ContentLakeOptions): Promise<ContentLake> {
  const projectId = options.projectId ?? 'test-project'
  const dataset = createLakeDataset(options.dataset ?? 'production', options.documents)
  const datasets = new Map([[dataset.name, dataset]])
  const started = Date.now()
  const inFlight = {data: 0, upload: 0}
  const counts = new Map<LakeRoute, number>()

  const lake: ContentLake = {
    url: '',
    projectId,
    dataset,
    requests: [],
    maxInFlight: {data: 0, upload: 0},
    reset() {
      lake.requests.length = 0
      lake.maxInFlight = {data: 0, upload: 0}
      counts.clear()
      lake.inject = undefined
    },
    close: async () => {},
  }

  const instrument = (route: Route, kind: LakeRoute): Route => ({
    ...route,
    handler: async (context: RouteContext) => {
      const {req, res} = context
      const pool = kind === 'upload' ? 'upload' : 'data'
      const record: RequestRecord = {route: kind, method: req.method ?? 'GET', url: req.url ?? '', arrivedAt: Date.now() - started, bytesIn: Number(req.headers['content-length'] ?? 0), bytesOut: 0, dropped: false}
      lake.requests.push(record)
      inFlight[pool]++
      lake.maxInFlight[pool] = Math.max(lake.maxInFlight[pool], inFlight[pool])
      let ended = false
      const end = () => {
        if (ended) return
        ended = true
        inFlight[pool]--
        record.endedAt = Date.now() - started
      }
      res.on('finish', () => {
        record.status = res.statusCode
        record.bytesOut = Number(res.getHeader('content-length') ?? 0)
        end()
      })
      res.on('close', end)
      const drop = () => {
        record.dropped = true
        end()
        req.socket.destroy()
        return undefined
      }

      if (req.headers.authorization !== `Bearer ${options.token}`) {
        throw new HttpError(401, 'Unauthorized - Session not found', {statusCode: 401, error: 'Unauthorized', message: 'Session not found'})
      }
      const index = (counts.get(kind) ?? 0) + 1
      counts.set(kind, index)
      const fault = lake.inject?.({route: kind, index, url: req.url ?? ''})
      await fault?.beforeHandling?.()
      if (fault?.reset === 'before') return drop()
      if (fault?.status) {
        // Written here rather than thrown: the answer may need a Retry-After header.
        req.resume()
        const body = Buffer.from(JSON.stringify({statusCode: fault.status, error: 'Injected', message: `injected ${fault.status}`}))
        const headers = {'content-type': 'application/json', 'content-length': String(body.length), ...(fault.retryAfter ? {'retry-after': fault.retryAfter} : {})}
        res.writeHead(fault.status, headers).end(body)
        return undefined
      }
      const result = await route.handler(context)
      await fault?.afterHandling?.()
      if (fault?.delayMs) await sleep(fault.delayMs)
      if (fault?.reset === 'after') return drop()
      return result
    },
  })

  const kinds: LakeRoute[] = ['mutate', 'upload', 'query', 'doc']
  const table: RouteTable = [...lakeRoutes(datasets, projectId), ...dataRoutes(new Map([[dataset.name, dataset.store]]))]
  const running = await startServer({
    routes: table.map((route, index) => instrument(route, kinds[index]!)),
    maxBodyBytes: 4 * 1024 * 1024,
  })
  lake.url = running.url
  lake.close = async () => {
    await running.close()
    dataset.dispose()
  }
  return lake
}
