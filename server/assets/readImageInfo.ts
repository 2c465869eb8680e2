/** What the local endpoint knows about an uploaded image without decoding it. */
export interface ImageInfo {
  width: number
  height: number
  /** The format's usual extension: `png`, `jpg`, `gif`, `webp`. */
  extension: string
  mimeType: string
  /** Whether the format says the pixels may be transparent (PNG/WebP alpha, PNG `tRNS`, GIF 89a). */
  hasAlpha: boolean
}

/**
 * Width, height and format of a PNG, JPEG, GIF or WebP, read from its header; undefined for
 * anything else. Written here because nothing installed does it in Node (no image-size, probe-image
 * or sharp in node_modules; the Studio measures images in the browser), and a header read is
 * a few dozen lines where a dependency would be one more thing to install offline.
 */
export function readImageInfo(bytes: Buffer): ImageInfo | undefined {
  for (const read of READERS) {
    const info = read(bytes)
    if (info && info.width > 0 && info.height > 0) return info
  }
  return undefined
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function readPng(bytes: Buffer): ImageInfo | undefined {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined
  const colorType = bytes[25]!
  // Colour types 4 and 6 carry alpha; a tRNS chunk before the image data makes other types transparent.
  let hasAlpha = colorType === 4 || colorType === 6
  for (let offset = 8; !hasAlpha && offset + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(offset)
    const type = bytes.toString('latin1', offset + 4, offset + 8)
    if (type === 'tRNS') hasAlpha = true
    if (type === 'IDAT' || type === 'IEND') break
    offset += 12 + length
  }
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), extension: 'png', mimeType: 'image/png', hasAlpha}
}

/** Start-of-frame markers (baseline, progressive, lossless…); C4, C8 and CC are other segments. */
const JPEG_FRAME = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

function readJpeg(bytes: Buffer): ImageInfo | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined
    const marker = bytes[offset + 1]!
    if (marker === 0xff) {
      offset++ // fill byte
      continue
    }
    if (JPEG_FRAME.has(marker)) {
      return {width: bytes.readUInt16BE(offset + 7), height: bytes.readUInt16BE(offset + 5), extension: 'jpg', mimeType: 'image/jpeg', hasAlpha: false}
    }
    offset += 2 + bytes.readUInt16BE(offset + 2)
  }
  return undefined
}

function readGif(bytes: Buffer): ImageInfo | undefined {
  const signature = bytes.toString('latin1', 0, 6)
  if (bytes.length < 10 || (signature !== 'GIF87a' && signature !== 'GIF89a')) return undefined
  return {width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8), extension: 'gif', mimeType: 'image/gif', hasAlpha: signature === 'GIF89a'}
}

function readWebp(bytes: Buffer): ImageInfo | undefined {
  if (bytes.length < 30 || bytes.toString('latin1', 0, 4) !== 'RIFF' || bytes.toString('latin1', 8, 12) !== 'WEBP') return undefined
  const chunk = bytes.toString('latin1', 12, 16)
  const info = (width: number, height: number, hasAlpha: boolean): ImageInfo => ({width, height, extension: 'webp', mimeType: 'image/webp', hasAlpha})
  if (chunk === 'VP8X') return info(1 + bytes.readUIntLE(24, 3), 1 + bytes.readUIntLE(27, 3), (bytes[20]! & 0x10) !== 0)
  if (chunk === 'VP8L') {
    const bits = bytes.readUInt32LE(21)
    return info(1 + (bits & 0x3fff), 1 + ((bits >> 14) & 0x3fff), ((bits >> 28) & 1) === 1)
  }
  if (chunk === 'VP8 ') return info(bytes.readUInt16LE(26) & 0x3fff, bytes.readUInt16LE(28) & 0x3fff, false)
  return undefined
}

const READERS = [readPng, readJpeg, readGif, readWebp]
