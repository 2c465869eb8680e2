import {writeFileAtomic} from '../../dataset/writeFileAtomic.ts'
import type {ImportReport} from './types.ts'

/** Writes the JSON report atomically, so a reader never sees half a report. */
export function writeReport(file: string, report: ImportReport): void {
  writeFileAtomic(file, [JSON.stringify(report, null, 2) + '\n'])
}
