import {readFileSync} from 'node:fs'
import type {DatasetDocument, ExportProblem} from '../types.ts'

/**
 * Reads an NDJSON dataset (what `npm run import` and the local Studio write) line by line: a line
 * that is not JSON, or not a document with a string `_id` and `_type`, is a problem naming the
 * file and line, and the other lines are still read. Written here rather than taken from
 * server/store/readNdjson.ts, which stops at the first bad line, and dataset/ offers no reader yet.
 */
export function readDatasetFile(file: string): {documents: DatasetDocument[]; problems: ExportProblem[]} {
  const documents: DatasetDocument[] = []
  const problems: ExportProblem[] = []
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (!text.trim()) return
      const line = index + 1
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch (error) {
        problems.push({code: 'not-json', line, message: `${file}:${line}: not JSON (${(error as Error).message})`})
        return
      }
      const document = value as Partial<DatasetDocument> | null
      if (!document || typeof document !== 'object' || typeof document._id !== 'string' || typeof document._type !== 'string') {
        problems.push({code: 'not-a-document', line, message: `${file}:${line}: not a document (needs a string _id and _type)`})
        return
      }
      documents.push({...(document as DatasetDocument), __line: line})
    })
  return {documents, problems}
}
