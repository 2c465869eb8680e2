/**
 * Decodes MoinMoin's escapes in a page name: each `(xx…)` group holds UTF-8 bytes in hex, so
 * `(2f)` is `/`, `(2d)` is `-`, `(20)` is a space and `(c3a9)` is `é`. A group that is not valid
 * hex or not valid UTF-8 is kept as written.
 */
export function decodeMoinName(name: string): string {
  return name.replace(/\(((?:[0-9a-fA-F]{2})+)\)/g, (group, hex: string) => {
    try {
      return new TextDecoder('utf-8', {fatal: true}).decode(Buffer.from(hex, 'hex'))
    } catch {
      return group
    }
  })
}
