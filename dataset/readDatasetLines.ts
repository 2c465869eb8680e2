import {readFileSync} from 'node:fs'
import type {StoredDocument} from './types.ts'

/** A line of a dataset file that holds no document. */
export interface DatasetLineProblem {
  /** 1-based. */
  line: number
  code: 'not-json' | 'not-a-document'
  /** `file:line: what is wrong`. */
  message: string
}

/**
 * Reads an NDJSON dataset file (one document per line, as `sanity dataset import` reads it) line
 * by line, going on past bad lines: every document with the line it is on, and every line that
 * is not a JSON object with a string `_id` and `_type`, named by file and line.
 */
export function readDatasetLines(file: string): {documents: {document: StoredDocument; line: number}[]; problems: DatasetLineProblem[]} {
  const documents: {document: StoredDocument; line: number}[] = []
  const problems: DatasetLineProblem[] = []
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (!text.trim()) return
      const line = index + 1
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch (error) {
        problems.push({line, code: 'not-json', message: `${file}:${line}: not JSON (${(error as Error).message})`})
        return
      }
      const document = value as Partial<StoredDocument> | null
      if (!document || typeof document !== 'object' || typeof document._id !== 'string' || typeof document._type !== 'string') {
        problems.push({line, code: 'not-a-document', message: `${file}:${line}: not a document (needs string _id and _type)`})
        return
      }
      documents.push({document: document as StoredDocument, line})
    })
  return {documents, problems}
}
