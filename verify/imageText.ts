/**
 * An image's matching text on either side: its address, percent-decoded (the JS parser encodes
 * addresses, the importer keeps them as written), as one token.
 */
export function imageText(url: string): string {
  let decoded = url
  try {
    decoded = decodeURI(url)
  } catch {
    // A malformed escape stays as written on both sides.
  }
  return decoded.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase()
}
