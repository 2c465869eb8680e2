import type {IncomingMessage, Server} from 'node:http'
import type {Duplex} from 'node:stream'
import {WebSocketServer, type RawData, type WebSocket} from 'ws'
import {HttpError} from '../HttpError.ts'
import type {RequestGuard} from '../startServer.ts'

const SOCKET_PATH = /^\/v[^/]+\/socket\/[^/?]+(\?|$)/

/** Presence messages are a few hundred bytes; anything near this is not the Studio. */
const MAX_MESSAGE_BYTES = 1024 * 1024

/**
 * The Studio's presence channel (`/v{apiVersion}/socket/{dataset}`, "bifur": JSON-RPC over a
 * WebSocket). Locally there is one editor, so nobody else is ever present: the socket accepts
 * every subscription and request and never reports anyone, which keeps the Studio from retrying
 * a refused socket forever. The WebSocket protocol (handshake, fragmented messages, ping, close)
 * is the `ws` package's; this module only decides who may connect and what to answer.
 */
export function attachPresenceSocket(server: Server, guard: RequestGuard): {closeAll(): void} {
  // `noServer`: upgraded sockets leave the HTTP server's books, so `closeAll` ends them itself.
  const sockets = new WebSocketServer({noServer: true, maxPayload: MAX_MESSAGE_BYTES})
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    try {
      if (!SOCKET_PATH.test(req.url ?? '') || req.headers.upgrade?.toLowerCase() !== 'websocket') throw new HttpError(404, 'No such socket')
      guard(req)
    } catch (error) {
      const status = error instanceof HttpError ? error.statusCode : 400
      socket.end(`HTTP/1.1 ${status} Refused\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
      return
    }
    sockets.handleUpgrade(req, socket, head, serveJsonRpc)
  })
  return {closeAll: () => sockets.clients.forEach((client) => client.terminate())}
}

function serveJsonRpc(socket: WebSocket) {
  let subscriptions = 0
  socket.on('error', () => socket.terminate())
  socket.on('message', (data: RawData, isBinary: boolean) => {
    if (isBinary) return
    let message: {id?: unknown; method?: unknown}
    try {
      message = JSON.parse(data.toString())
    } catch {
      return
    }
    if (message === null || typeof message !== 'object' || message.id === undefined || typeof message.method !== 'string') return
    const result = message.method.endsWith('_subscribe') ? `local-${++subscriptions}` : message.method.endsWith('_unsubscribe') ? true : null
    socket.send(JSON.stringify({jsonrpc: '2.0', id: message.id, result}))
  })
}
