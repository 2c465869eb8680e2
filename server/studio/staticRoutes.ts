import {createReadStream, statSync} from 'node:fs'
import path from 'node:path'
import {notFound} from '../HttpError.ts'
import type {RouteContext, RouteTable} from '../router.ts'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
}

/**
 * A built Studio (`sanity build`) as static files: `/static/*` and `/favicon.ico` from the build
 * folder, and the Studio's own page for every path under `basePath`, where its router takes over.
 */
export function staticRoutes(options: {dir: string; basePath: string}): RouteTable {
  const root = path.resolve(options.dir)
  const index = path.join(root, 'index.html')
  return [
    {method: 'GET', path: '/static/*file', handler: (context) => sendFile(context, resolveInside(root, `static/${context.params.file}`), true)},
    {method: 'GET', path: '/favicon.ico', handler: (context) => sendFile(context, path.join(root, 'favicon.ico'), false)},
    {method: 'GET', path: options.basePath, handler: (context) => sendFile(context, index, false)},
    {method: 'GET', path: `${options.basePath}/*rest`, handler: (context) => sendFile(context, index, false)},
  ]
}

/** The file a URL path names, refusing anything that escapes the build folder. */
function resolveInside(root: string, relative: string): string {
  const file = path.resolve(root, relative)
  if (!file.startsWith(root + path.sep)) throw notFound('No such file')
  return file
}

function sendFile({res, req}: RouteContext, file: string, immutable: boolean) {
  let size: number
  try {
    const stat = statSync(file)
    if (!stat.isFile()) throw new Error('not a file')
    size = stat.size
  } catch {
    throw notFound(`No such file: ${path.basename(file)}`)
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-length': size,
    // Hashed asset names never change; the page itself must be fetched fresh after a rebuild.
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  })
  if (req.method === 'HEAD') res.end()
  else createReadStream(file).pipe(res)
  return undefined
}
