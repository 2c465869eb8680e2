import {ImportError} from '../errors/ImportError.ts'
import type {PageRecord, SourceFile} from '../types.ts'
import type {ConvertOutcome} from './convertFile.ts'

/** The convert stage's result from each file's outcome (`outcomes[i]` is of `files[i]`), in source order. */
export function collectConverted(files: readonly SourceFile[], outcomes: readonly ConvertOutcome[]): {records: PageRecord[]; failures: ImportError[]} {
  const records: PageRecord[] = []
  const failures: ImportError[] = []
  files.forEach((file, index) => {
    const outcome = outcomes[index]!
    if (outcome.page) records.push({file, page: outcome.page})
    else failures.push(new ImportError('convert', 'convert-failed', file.path, `cannot convert: ${outcome.error}`))
  })
  return {records, failures}
}
