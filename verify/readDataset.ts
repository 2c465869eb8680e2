import {readFileSync} from 'node:fs'

/** The dataset's documents by `provenance.sourcePath`, and the lines that could not be read. */
export interface Dataset {
  bySourcePath: Map<string, Record<string, unknown>>
  errors: string[]
}

/**
 * Reads an NDJSON dataset (what `npm run import` writes). A file that cannot be read throws (the
 * run cannot start); a line that is not a JSON object is an error naming `file:line`, and the
 * rest is read — which is why this is not dataset/readDatasetFile.ts, which stops at the first
 * bad line: verify reports every page it can.
 */
export function readDataset(file: string): Dataset {
  const text = readFileSync(file, 'utf8')
  const result: Dataset = {bySourcePath: new Map(), errors: []}
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let document: unknown
    try {
      document = JSON.parse(line)
    } catch (error) {
      result.errors.push(`${file}:${index + 1}: not JSON (${(error as Error).message})`)
      return
    }
    if (!document || typeof document !== 'object' || Array.isArray(document)) {
      result.errors.push(`${file}:${index + 1}: not a document object`)
      return
    }
    const sourcePath = (document as {provenance?: {sourcePath?: unknown}}).provenance?.sourcePath
    if (typeof sourcePath === 'string') result.bySourcePath.set(sourcePath, document as Record<string, unknown>)
  })
  return result
}
