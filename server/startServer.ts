import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {readRequestBytes} from './readRequestBytes.ts'
import {HttpError} from './HttpError.ts'
import {createRouter, type RouteResult, type RouteTable} from './router.ts'

export interface ServerOptions {
  routes: RouteTable
  /** 0 picks a free port (tests). */
  port?: number
  /** Largest request body accepted, in bytes; larger ones get a 413. */
  maxBodyBytes?: number
  /** Told about errors that became a 500, for the log. */
  onError?: (error: unknown, req: IncomingMessage) => void
  /**
   * Checks every request before routing; throws an `HttpError` (403) to refuse it. When given,
   * CORS answers name the request's origin and allow credentials, instead of `*`.
   */
  guard?: RequestGuard
}

/** See `ServerOptions.guard`. */
export type RequestGuard = (req: IncomingMessage) => void

export interface RunningServer {
  /** `http://127.0.0.1:PORT`, what a client uses as `apiHost`. */
  url: string
  port: number
  server: Server
  close(): Promise<void>
}

/** The only address the local endpoint listens on. */
export const HOST = '127.0.0.1'
const DEFAULT_MAX_BODY = 1024 * 1024

/**
 * The small core of the local endpoint: one HTTP server that dispatches through a route table and
 * turns every thrown error into a JSON response, so that no request can take the process down.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const router = createRouter(options.routes)
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!(error instanceof HttpError)) options.onError?.(error, req)
      sendError(res, error)
    })
  })
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return
    // Node refuses request heads over 16 kB before any route sees them (a GET query that long).
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request'
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`)
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', `http://${HOST}`)
    const method = req.method ?? 'GET'
    if (options.guard) {
      options.guard(req)
      setCredentialedCors(req, res)
    } else setCors(res)
    if (method === 'OPTIONS') {
      res.writeHead(204, {'access-control-max-age': '600'}).end()
      return
    }
    const match = router.match(method, url.pathname)
    if (match.kind === 'none') throw new HttpError(404, `No route for ${method} ${url.pathname}`)
    if (match.kind === 'wrongMethod') {
      res.setHeader('allow', match.allowed.join(', '))
      throw new HttpError(405, `${method} is not allowed here; use ${match.allowed.join(' or ')}`)
    }
    const readBody = () => readRequestBody(req, maxBodyBytes)
    const result = await match.route.handler({req, res, url, params: match.params, readBody})
    if (result) send(res, result, method === 'HEAD')
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, HOST, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const {port} = server.address() as AddressInfo
  return {
    url: `http://${HOST}:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}

function setCors(res: ServerResponse) {
  res.setHeader('access-control-allow-origin', '*')
  res.setHeader('access-control-allow-methods', 'GET, HEAD, POST, OPTIONS')
  res.setHeader('access-control-allow-headers', 'authorization, content-type')
}

/** For a guarded server: the (already checked) origin, with credentials, any method and header it asks for. */
function setCredentialedCors(req: IncomingMessage, res: ServerResponse) {
  const origin = req.headers.origin
  if (!origin) return
  res.setHeader('access-control-allow-origin', origin)
  res.setHeader('access-control-allow-credentials', 'true')
  res.setHeader('vary', 'origin')
  res.setHeader('access-control-allow-methods', 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS')
  const asked = req.headers['access-control-request-headers']
  res.setHeader('access-control-allow-headers', typeof asked === 'string' && asked ? asked : 'authorization, content-type')
}

function send(res: ServerResponse, result: Exclude<RouteResult, undefined>, headOnly: boolean) {
  const [type, text] =
    'json' in result
      ? ['application/json; charset=utf-8', JSON.stringify(result.json)]
      : 'html' in result
        ? ['text/html; charset=utf-8', result.html]
        : ['text/plain; charset=utf-8', result.text]
  const body = Buffer.from(text ?? 'null')
  res.writeHead(result.status ?? 200, {'content-type': type, 'content-length': body.length, ...result.headers})
  res.end(headOnly ? undefined : body)
}

function sendError(res: ServerResponse, error: unknown) {
  if (res.headersSent) {
    res.destroy()
    return
  }
  const httpError =
    error instanceof HttpError ? error : new HttpError(500, error instanceof Error ? error.message : String(error))
  const headers: Record<string, string> = {}
  if (httpError.statusCode === 413) headers.connection = 'close'
  send(res, {status: httpError.statusCode, headers, json: httpError.body}, false)
}

/** Reads a request body as UTF-8, refusing (413) anything past `limit` bytes without buffering it. */
export async function readRequestBody(req: IncomingMessage, limit: number): Promise<string> {
  return (await readRequestBytes(req, limit)).toString('utf8')
}
