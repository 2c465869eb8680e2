import {writeSync} from 'node:fs'

/** `writeSync` may write less than asked (a full disk, a signal): write the rest, or fail. */
export function writeFully(fd: number, buffer: Buffer): number {
  let offset = 0
  while (offset < buffer.length) {
    const written = writeSync(fd, buffer, offset, buffer.length - offset)
    if (written <= 0) throw new Error(`short write: ${offset} of ${buffer.length} bytes`)
    offset += written
  }
  return offset
}
