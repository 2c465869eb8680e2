import {readDatasetLines} from '../../dataset/readDatasetLines.ts'
import type {DatasetDocument, ExportProblem} from '../types.ts'

/**
 * The documents of an NDJSON dataset file, each with its line, and a problem for every line that
 * holds no document (the others are still read), through dataset/'s line reader.
 */
export function readDatasetFile(file: string): {documents: DatasetDocument[]; problems: ExportProblem[]} {
  const {documents, problems} = readDatasetLines(file)
  return {
    documents: documents.map(({document, line}) => ({...document, __line: line})),
    problems: problems.map(({line, code, message}) => ({code, line, message})),
  }
}
