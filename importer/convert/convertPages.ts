import path from 'node:path'
import {convertPage} from './convertPage.ts'
import {ImportError} from '../errors/ImportError.ts'
import type {PageRecord, SourceFile} from '../types.ts'

/**
 * The parse + convert stage over a whole tree. A page that makes the converter throw is a failure
 * of that file alone: it is reported with its path and the run goes on.
 */
export function convertPages(
  files: readonly SourceFile[],
  onProgress?: (stage: string, done: number, total: number) => void,
): {records: PageRecord[]; failures: ImportError[]} {
  const records: PageRecord[] = []
  const failures: ImportError[] = []
  files.forEach((file, index) => {
    try {
      const page = convertPage(file.text, {fallbackTitle: path.basename(file.path, '.md'), path: file.path})
      records.push({file, page})
    } catch (error) {
      failures.push(new ImportError('convert', 'convert-failed', file.path, `cannot convert: ${(error as Error).message}`))
    }
    onProgress?.('convert', index + 1, files.length)
  })
  return {records, failures}
}
