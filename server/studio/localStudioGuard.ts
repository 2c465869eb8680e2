import type {IncomingMessage} from 'node:http'
import {HttpError} from '../HttpError.ts'
import type {RequestGuard} from '../startServer.ts'

/**
 * Lets through only requests meant for the local Studio: a Host of `localhost`, `127.0.0.1`,
 * `<projectId>.localhost` or a listener's `l<n>.<projectId>.localhost` on the server's own port (so that a rebinding DNS name cannot reach it),
 * and no Origin or one of those same hosts (so that a web page elsewhere in the same browser can
 * neither read nor write the dataset). Everything else gets a 403.
 */
export function localStudioGuard(projectId: string): RequestGuard {
  return (req: IncomingMessage) => {
    const port = req.socket.localPort
    const allowed = new Set(['localhost', '127.0.0.1', `${projectId}.localhost`].map((host) => `${host}:${port}`))
    const host = req.headers.host?.toLowerCase()
    if (!host || !(allowed.has(host) || isListenerHost(host, projectId, port))) throw forbidden(`Host "${req.headers.host ?? ''}" is not this local Studio's`)
    const origin = req.headers.origin
    if (origin !== undefined && !allowed.has(originHost(origin))) throw forbidden(`Origin "${origin}" may not use this local Studio`)
  }
}

/** `l<n>.<projectId>.localhost:PORT`: the hosts the Studio's listeners are spread over (studio/spreadEventSources.ts). */
function isListenerHost(host: string, projectId: string, port: number | undefined): boolean {
  const match = /^l\d{1,5}\.(.+)$/.exec(host)
  return match?.[1] === `${projectId}.localhost:${port}`
}

function originHost(origin: string): string {
  try {
    const url = new URL(origin)
    return url.protocol === 'http:' ? url.host.toLowerCase() : ''
  } catch {
    return ''
  }
}

function forbidden(message: string): HttpError {
  return new HttpError(403, message, {statusCode: 403, error: 'Forbidden', message})
}
