import {readDatasetLines} from '../../dataset/readDatasetLines.ts'
import {applyJournal} from '../../dataset/journal/readDataset.ts'
import type {DatasetDocument, ExportProblem} from '../types.ts'

/**
 * The documents of an NDJSON dataset file, each with its line, and a problem for every line that
 * holds no document (the others are still read), through dataset/'s line reader — with the local
 * endpoint's journal beside it applied, so a dataset the offline Studio is editing (or that a
 * killed server left) exports with every acknowledged edit. Documents from the journal have no line.
 */
export function readDatasetFile(file: string): {documents: DatasetDocument[]; problems: ExportProblem[]} {
  const {documents, problems} = readDatasetLines(file)
  const fromFile: DatasetDocument[] = documents.map(({document, line}) => ({...document, __line: line}))
  return {
    documents: applyJournal(file, fromFile).documents as DatasetDocument[],
    problems: problems.map(({line, code, message}) => ({code, line, message})),
  }
}
