import {CATEGORIES, type Category} from '../categories.ts'
import type {VerifyReport} from './types.ts'

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_cell, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows.map((row) => '  ' + row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '))
}

/** The terminal summary: pages, words, a row per construct, a row per named category, unreadable input. */
export function formatSummary(report: VerifyReport): string {
  const {summary} = report
  const words = summary.words
  const recall = words.reference ? (100 * (words.reference - words.missing)) / words.reference : 100
  const lines = [
    `Verified ${summary.pages} pages of ${report.sources.join(', ')} against ${report.dataset} in ${(report.durationMs / 1000).toFixed(1)} s`,
    `  pages: ${summary.same} same, ${summary.explained} differ only in named categories, ${summary.differs} differ otherwise, ` +
      `${summary.noDocument} without a document, ${summary.errors} unreadable`,
    `  words: ${words.reference} seen by readers, ${words.document} in the documents; unexplained: ${words.missing} missing ` +
      `(recall ${recall.toFixed(3)} %), ${words.extra} extra; ${words.explained} in named categories`,
    '',
    ...table([
      ['construct', 'reference', 'document', 'explained', 'missing', 'extra', 'pages differing', 'e.g.'],
      ...Object.entries(summary.constructs).map(([key, row]) => [
        key,
        String(row.reference),
        String(row.document),
        String(row.explained),
        String(row.missing),
        String(row.extra),
        String(row.pagesDiffering),
        row.examplePages.slice(0, 2).join(', '),
      ]),
    ]),
    '',
    ...table([
      ['named category', 'pages', 'met', 'items', 'words'],
      ...(Object.keys(CATEGORIES) as Category[])
        .filter((category) => summary.categories[category])
        .map((category) => {
          const row = summary.categories[category]!
          return [category, String(row.pages), String(row.met), String(row.items), String(row.words)]
        }),
    ]),
  ]
  for (const error of report.errors.slice(0, 20)) lines.push(`  ✖ ${error}`)
  for (const page of report.pages.filter((candidate) => candidate.status === 'error').slice(0, 20)) lines.push(`  ✖ ${page.error}`)
  return lines.join('\n')
}
