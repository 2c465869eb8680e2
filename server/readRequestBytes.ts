import type {IncomingMessage} from 'node:http'
import {HttpError} from './HttpError.ts'

/**
 * Reads a request body as bytes, refusing (413, JSON) anything past `limit` without buffering it.
 * `what` names the body in the error: JSON request bodies and uploads have limits of their own.
 */
export function readRequestBytes(req: IncomingMessage, limit: number, what = 'Request body'): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, `${what} is larger than ${limit} bytes`)
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    req.resume()
    return Promise.reject(tooLarge())
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let refused = false
    req.on('data', (chunk: Buffer) => {
      if (refused) return
      size += chunk.length
      if (size > limit) {
        refused = true
        chunks.length = 0
        reject(tooLarge())
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => refused || resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
