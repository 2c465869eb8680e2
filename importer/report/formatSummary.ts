import {FIDELITY_FLOOR} from './fidelityFloor.ts'
import type {ImportReport} from './types.ts'

const percent = (value: number) => `${(value * 100).toFixed(2)} %`

/** The few lines the CLI prints at the end of a run: what was written, what needs a person. */
export function formatSummary(report: ImportReport): string {
  const {summary} = report
  const types = Object.entries(summary.byType)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ')
  const lines = [
    `Imported ${summary.imported}/${summary.files} files from ${report.sources.join(', ')} in ${(report.durationMs / 1000).toFixed(1)} s`,
    `  documents: ${summary.written} written${types ? ` (${types})` : ''}${report.out ? ` → ${report.out}` : ''}`,
    `  text fidelity: mean ${percent(summary.fidelity.mean)}, min ${percent(summary.fidelity.min)}, ${summary.fidelity.pagesBelow995} pages below 99.5 %`,
    `  warnings: ${summary.warnings}, broken links: ${summary.brokenLinks}`,
  ]
  lines.push(...pagesToLookAt(report))
  if (summary.invalid || summary.failed) lines.push(`  FAILED: ${summary.failed} files unreadable, ${summary.invalid} invalid documents`)
  for (const file of report.files.filter((f) => f.status !== 'imported').slice(0, 20)) {
    for (const error of file.errors) lines.push(`  ✖ ${error.message}`)
  }
  return lines.join('\n')
}

/** Warnings that mean lost or misplaced text: listed by file even when the run succeeded. */
const SHOWN_WARNINGS = new Set(['malformed-table'])
const MAX_LISTED = 20

/**
 * Pages under the fidelity floor and warnings about text a table lost, one line each (at most
 * 20 of each, then a count), so that a run that lost words says so where it ends.
 */
function pagesToLookAt(report: ImportReport): string[] {
  const low = report.files.filter((file) => file.fidelity && file.fidelity.score < FIDELITY_FLOOR)
  const lines = low.slice(0, MAX_LISTED).map((file) => {
    const missing = file.fidelity!.missing.slice(0, 8).join(' ')
    return `  ⚠ ${file.sourcePath}: text fidelity ${percent(file.fidelity!.score)}, below the ${percent(FIDELITY_FLOOR)} floor${missing ? ` (missing: ${missing})` : ''}`
  })
  if (low.length > MAX_LISTED) lines.push(`  ⚠ … and ${low.length - MAX_LISTED} more pages below the floor (see the report)`)
  const warned = report.files.flatMap((file) =>
    file.warnings.filter((warning) => SHOWN_WARNINGS.has(warning.code)).map((warning) => `  ⚠ ${file.sourcePath}${warning.line ? `:${warning.line}` : ''}: ${warning.message}`),
  )
  lines.push(...warned.slice(0, MAX_LISTED))
  if (warned.length > MAX_LISTED) lines.push(`  ⚠ … and ${warned.length - MAX_LISTED} more malformed tables (see the report)`)
  return lines
}
