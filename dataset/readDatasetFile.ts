import {readDatasetLines} from './readDatasetLines.ts'
import type {StoredDocument} from './types.ts'

/**
 * Reads an NDJSON dataset file (one document per line, as `sanity dataset import` reads it).
 * Throws with `file:line` on a line that is not a JSON object with a string `_id` and `_type`.
 */
export function readDatasetFile(file: string): StoredDocument[] {
  const {documents, problems} = readDatasetLines(file)
  if (problems.length > 0) throw new Error(problems[0]!.message)
  return documents.map(({document}) => document)
}
