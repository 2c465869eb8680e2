import {createHash} from 'node:crypto'
import type {IncomingMessage, Server} from 'node:http'
import type {Duplex} from 'node:stream'
import {HttpError} from '../HttpError.ts'
import type {RequestGuard} from '../startServer.ts'

/** The WebSocket handshake's fixed key suffix (RFC 6455, section 1.3). */
const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11'
const SOCKET_PATH = /^\/v[^/]+\/socket\/[^/?]+(\?|$)/

/**
 * The Studio's presence channel (`/v{apiVersion}/socket/{dataset}`, "bifur": JSON-RPC over a
 * WebSocket). Locally there is one editor, so nobody else is ever present: the socket accepts
 * every subscription and request and never reports anyone, which keeps the Studio from retrying
 * a refused socket forever. A minimal RFC 6455 server: text, ping and close frames, no extensions.
 */
export function attachPresenceSocket(server: Server, guard: RequestGuard): {closeAll(): void} {
  // Upgraded sockets leave the HTTP server's books, so closing the server must end them itself.
  const open = new Set<Duplex>()
  server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    try {
      if (!SOCKET_PATH.test(req.url ?? '') || req.headers.upgrade?.toLowerCase() !== 'websocket') throw new HttpError(404, 'No such socket')
      guard(req)
    } catch (error) {
      const status = error instanceof HttpError ? error.statusCode : 400
      socket.end(`HTTP/1.1 ${status} Refused\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
      return
    }
    const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}${WEBSOCKET_GUID}`).digest('base64')
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`)
    open.add(socket)
    socket.on('close', () => open.delete(socket))
    serveJsonRpc(socket)
  })
  return {closeAll: () => open.forEach((socket) => socket.destroy())}
}

function serveJsonRpc(socket: Duplex) {
  let buffer = Buffer.alloc(0)
  let subscriptions = 0
  socket.on('error', () => socket.destroy())
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk])
    for (let frame = readFrame(buffer); frame; frame = readFrame(buffer)) {
      buffer = buffer.subarray(frame.length)
      if (frame.opcode === 0x8) return void socket.end(encodeFrame(0x8, frame.payload.subarray(0, 2)))
      if (frame.opcode === 0x9) socket.write(encodeFrame(0xa, frame.payload))
      if (frame.opcode !== 0x1) continue
      let message: {id?: unknown; method?: unknown}
      try {
        message = JSON.parse(frame.payload.toString('utf8'))
      } catch {
        continue
      }
      if (message.id === undefined || typeof message.method !== 'string') continue
      const result = message.method.endsWith('_subscribe') ? `local-${++subscriptions}` : message.method.endsWith('_unsubscribe') ? true : null
      socket.write(encodeFrame(0x1, Buffer.from(JSON.stringify({jsonrpc: '2.0', id: message.id, result}))))
    }
  })
}

/** One complete client frame at the start of `data` (clients always mask), or undefined if it is not all there yet. */
function readFrame(data: Buffer): {opcode: number; payload: Buffer; length: number} | undefined {
  if (data.length < 2) return undefined
  const opcode = data[0]! & 0x0f
  const masked = (data[1]! & 0x80) !== 0
  let length = data[1]! & 0x7f
  let offset = 2
  if (length === 126) {
    if (data.length < 4) return undefined
    length = data.readUInt16BE(2)
    offset = 4
  } else if (length === 127) {
    if (data.length < 10) return undefined
    length = Number(data.readBigUInt64BE(2))
    offset = 10
  }
  const maskOffset = offset
  if (masked) offset += 4
  if (data.length < offset + length) return undefined
  const payload = Buffer.from(data.subarray(offset, offset + length))
  if (masked) for (let i = 0; i < payload.length; i++) payload[i]! ^= data[maskOffset + (i % 4)]!
  return {opcode, payload, length: offset + length}
}

function encodeFrame(opcode: number, payload: Buffer): Buffer {
  const header = payload.length < 126 ? Buffer.from([0x80 | opcode, payload.length]) : payload.length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10)
  if (payload.length >= 126) {
    header[0] = 0x80 | opcode
    if (payload.length < 65536) {
      header[1] = 126
      header.writeUInt16BE(payload.length, 2)
    } else {
      header[1] = 127
      header.writeBigUInt64BE(BigInt(payload.length), 2)
    }
  }
  return Buffer.concat([header, payload])
}
