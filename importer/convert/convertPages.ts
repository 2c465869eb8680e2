import {collectConverted} from './collectConverted.ts'
import {convertFile} from './convertFile.ts'
import type {ImportError} from '../errors/ImportError.ts'
import type {PageRecord, SourceFile} from '../types.ts'

/**
 * The parse + convert stage over a whole tree, in this thread. A page that makes the converter
 * throw is a failure of that file alone: it is reported with its path and the run goes on.
 * `convertPagesInWorkers` does the same over several threads.
 */
export function convertPages(
  files: readonly SourceFile[],
  onProgress?: (stage: string, done: number, total: number) => void,
): {records: PageRecord[]; failures: ImportError[]} {
  const outcomes = files.map((file, index) => {
    const outcome = convertFile(file)
    onProgress?.('convert', index + 1, files.length)
    return outcome
  })
  return collectConverted(files, outcomes)
}
