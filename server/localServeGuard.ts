import type {IncomingMessage} from 'node:http'
import {HttpError} from './HttpError.ts'
import type {RequestGuard} from './startServer.ts'

/**
 * The guard of `npm run serve`, as `localStudioGuard` is the Studio's: a Host of `127.0.0.1` or
 * `localhost` on the server's own port only (a DNS-rebinding name pointed at 127.0.0.1 is
 * refused), and no Origin, the server's own, or one of `corsOrigins` (the hosted project's "CORS
 * origins" setting, given with `--cors-origin`). A page elsewhere in the browser can neither read
 * the dataset nor run queries on it. Everything else gets a 403.
 */
export function localServeGuard(corsOrigins: readonly string[] = []): RequestGuard {
  const allowedOrigins = new Set(corsOrigins.map(normalizeOrigin))
  return (req: IncomingMessage) => {
    const port = req.socket.localPort
    const own = [`127.0.0.1:${port}`, `localhost:${port}`]
    const host = req.headers.host?.toLowerCase()
    if (!host || !own.includes(host)) throw forbidden(`Host "${req.headers.host ?? ''}" is not this server's (127.0.0.1:${port})`)
    const origin = req.headers.origin
    if (origin === undefined) return
    const normalized = normalizeOrigin(origin)
    if (own.some((name) => normalized === `http://${name}`) || allowedOrigins.has(normalized)) return
    throw forbidden(`Origin "${origin}" is not allowed; add it with --cors-origin`)
  }
}

/** `https://Example.org:443/` → `https://example.org`: origins compare by scheme, host and port. */
export function normalizeOrigin(origin: string): string {
  try {
    return new URL(origin).origin.toLowerCase()
  } catch {
    return origin.toLowerCase()
  }
}

function forbidden(message: string): HttpError {
  return new HttpError(403, message, {statusCode: 403, error: 'Forbidden', message})
}
