import {FIDELITY_FLOOR} from './fidelityFloor.ts'
import type {FileReport, ImportReport} from './types.ts'

/** The report's summary block, derived from its rows so the two can never disagree. */
export function summarize(files: readonly FileReport[], written: number, documents: number): ImportReport['summary'] {
  const byType: Record<string, number> = {}
  let warnings = 0
  let brokenLinks = 0
  const scores: number[] = []
  for (const file of files) {
    if (file.type && file.status === 'imported') byType[file.type] = (byType[file.type] ?? 0) + 1
    warnings += file.warnings.length
    brokenLinks += file.brokenLinks?.length ?? 0
    if (file.fidelity) scores.push(file.fidelity.score)
  }
  const count = (status: FileReport['status']) => files.filter((file) => file.status === status).length
  return {
    files: files.length,
    imported: count('imported'),
    invalid: count('invalid'),
    failed: count('failed'),
    documents,
    written,
    warnings,
    brokenLinks,
    byType,
    fidelity: {
      min: scores.length ? Math.min(...scores) : 1,
      mean: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 1,
      pagesBelow995: scores.filter((score) => score < FIDELITY_FLOOR).length,
    },
  }
}
