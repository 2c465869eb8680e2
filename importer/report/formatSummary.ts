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
  if (summary.invalid || summary.failed) lines.push(`  FAILED: ${summary.failed} files unreadable, ${summary.invalid} invalid documents`)
  for (const file of report.files.filter((f) => f.status !== 'imported').slice(0, 20)) {
    for (const error of file.errors) lines.push(`  ✖ ${error.message}`)
  }
  return lines.join('\n')
}
