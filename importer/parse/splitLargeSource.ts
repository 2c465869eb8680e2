/** A piece of a page that parses on its own. */
export interface SourceChunk {
  text: string
  /** 0-based line of the page where the chunk starts. */
  line: number
}

/** Pages below this size are parsed whole; above it, token arrays get big enough to thrash the GC. */
export const CHUNK_SIZE = 1 << 20

const FENCE = /^(`{3,}|~{3,})/
const DIV = /^:{3,}(.?)/

/**
 * Splits a very large page into chunks that start at an ATX heading in column 0 after a blank
 * line, outside code fences and pandoc divs: such a heading always starts a new top-level block,
 * so the chunks parse as the whole would, except that a reference definition only serves the
 * chunks after it (the parser's env is shared forward). Parsing chunk by chunk keeps memory
 * flat: a 10 MB page converts about twice as fast.
 */
export function splitLargeSource(source: string, chunkSize = CHUNK_SIZE): SourceChunk[] {
  if (source.length <= chunkSize) return [{text: source, line: 0}]
  const chunks: SourceChunk[] = []
  let chunkStart = 0
  let chunkLine = 0
  let line = 0
  let fence = ''
  let divDepth = 0
  let previousBlank = true
  let pos = 0
  while (pos < source.length) {
    let end = source.indexOf('\n', pos)
    if (end < 0) end = source.length
    const code = source.charCodeAt(pos)
    if (code === 0x60 || code === 0x7e) {
      const marker = FENCE.exec(source.slice(pos, Math.min(end, pos + 64)))?.[1]
      if (marker && fence === '') fence = marker
      else if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = ''
    } else if (code === 0x3a && fence === '') {
      const div = DIV.exec(source.slice(pos, pos + 64))
      if (div) divDepth = div[1] ? divDepth + 1 : Math.max(0, divDepth - 1)
    } else if (
      code === 0x23 &&
      previousBlank &&
      fence === '' &&
      divDepth === 0 &&
      pos - chunkStart >= chunkSize &&
      /^#{1,6}(?: |$)/.test(source.slice(pos, pos + 8))
    ) {
      chunks.push({text: source.slice(chunkStart, pos), line: chunkLine})
      chunkStart = pos
      chunkLine = line
    }
    previousBlank = end === pos || source.slice(pos, end).trim() === ''
    pos = end + 1
    line++
  }
  chunks.push({text: source.slice(chunkStart), line: chunkLine})
  return chunks
}
