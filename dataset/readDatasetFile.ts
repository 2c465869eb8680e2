import {readFileSync} from 'node:fs'
import type {StoredDocument} from './types.ts'

/**
 * Reads an NDJSON dataset file (one document per line, as `sanity dataset import` reads it).
 * Throws with `file:line` on a line that is not a JSON object with a string `_id` and `_type`.
 */
export function readDatasetFile(file: string): StoredDocument[] {
  const documents: StoredDocument[] = []
  const lines = readFileSync(file, 'utf8').split('\n')
  lines.forEach((line, index) => {
    if (!line.trim()) return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      throw new Error(`${file}:${index + 1}: not JSON (${(error as Error).message})`)
    }
    const doc = value as Partial<StoredDocument> | null
    if (!doc || typeof doc !== 'object' || typeof doc._id !== 'string' || typeof doc._type !== 'string') {
      throw new Error(`${file}:${index + 1}: not a document (needs string _id and _type)`)
    }
    documents.push(doc as StoredDocument)
  })
  return documents
}
