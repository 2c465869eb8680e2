/** `decodeURI`, or the address as written when it holds a malformed escape. */
export function safeDecode(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}
