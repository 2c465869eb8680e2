/** A page's bytes as text, or the reason they are not a text page. */
export type Decoded = {text: string} | {code: 'binary' | 'invalid-utf8'; problem: string}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false})

/**
 * Decodes a page strictly: a NUL byte means binary, an invalid UTF-8 sequence is reported with its
 * byte offset rather than replaced, since a replacement character would lose text silently.
 * A leading BOM is dropped; CRLF line ends become LF.
 */
export function decodePage(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0)
  if (nul !== -1) return {code: 'binary', problem: `binary file (NUL byte at offset ${nul}), not a text page`}
  try {
    return {text: utf8.decode(bytes).replace(/\r\n?/g, '\n')}
  } catch {
    return {code: 'invalid-utf8', problem: `not valid UTF-8 (first bad byte at offset ${firstInvalidOffset(bytes)})`}
  }
}

/** The byte offset of the first invalid sequence, for an error message a person can act on. */
function firstInvalidOffset(bytes: Uint8Array): number {
  const lossy = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  const index = lossy.indexOf('\uFFFD')
  return index === -1 ? 0 : Buffer.byteLength(lossy.slice(0, index))
}
