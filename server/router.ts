import type {IncomingMessage, ServerResponse} from 'node:http'

/** What a handler gets: the request, the path parameters its pattern captured, and the body on demand. */
export interface RouteContext {
  req: IncomingMessage
  /** For handlers that stream (`listen/listenRoutes.ts`): write to it and return `undefined`. */
  res: ServerResponse
  url: URL
  /** Values captured by `:name` and `*name` in the route's path, URI-decoded. */
  params: Record<string, string>
  /** The request body as text; rejects with a 413 `HttpError` past the server's limit. */
  readBody(): Promise<string>
}

/** What a handler answers: JSON, HTML or text, or `undefined` when it wrote the response itself. */
export type RouteResult =
  | {status?: number; headers?: Record<string, string>; json: unknown}
  | {status?: number; headers?: Record<string, string>; html: string}
  | {status?: number; headers?: Record<string, string>; text: string}
  | undefined

export type RouteHandler = (context: RouteContext) => RouteResult | Promise<RouteResult>

/** One entry of a route table: method(s), a path pattern such as `/v:apiVersion/data/query/:dataset`, a handler. */
export interface Route {
  method: string | readonly string[]
  /** Literal text, `:name` for one path segment (or the rest of one), `*name` for the rest of the path. */
  path: string
  handler: RouteHandler
}

/** Routes in priority order. Extend the server by concatenating tables: `[...dataRoutes, ...mutateRoutes]`. */
export type RouteTable = readonly Route[]

export type RouteMatch =
  | {kind: 'found'; route: Route; params: Record<string, string>}
  | {kind: 'wrongMethod'; allowed: string[]}
  | {kind: 'none'}

interface CompiledRoute {
  route: Route
  methods: readonly string[]
  pattern: RegExp
}

/** Compiles a route table once; `match` finds the first route for a method and path. */
export function createRouter(table: RouteTable): {match(method: string, pathname: string): RouteMatch} {
  const compiled: CompiledRoute[] = table.map((route) => ({
    route,
    methods: typeof route.method === 'string' ? [route.method] : route.method,
    pattern: compilePath(route.path),
  }))
  return {
    match(method, pathname) {
      const allowed = new Set<string>()
      for (const {route, methods, pattern} of compiled) {
        const found = pattern.exec(pathname)
        if (!found) continue
        const accepts = methods.includes(method) || (method === 'HEAD' && methods.includes('GET'))
        if (!accepts) {
          methods.forEach((m) => allowed.add(m))
          continue
        }
        const params: Record<string, string> = {}
        for (const [name, value] of Object.entries(found.groups ?? {})) params[name] = safeDecode(value)
        return {kind: 'found', route, params}
      }
      return allowed.size ? {kind: 'wrongMethod', allowed: [...allowed]} : {kind: 'none'}
    },
  }
}

/** `/v:apiVersion/data/doc/:dataset/*ids` → an anchored RegExp with named groups. */
export function compilePath(path: string): RegExp {
  const source = path.replace(/([:*])([A-Za-z_][A-Za-z0-9_]*)|[.+?^${}()|[\]\\]/g, (token, sigil?: string, name?: string) => {
    if (!sigil) return `\\${token}`
    return sigil === ':' ? `(?<${name}>[^/]+)` : `(?<${name}>.+)`
  })
  return new RegExp(`^${source}/?$`)
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
