import {formatSummary} from '../../importer/report/formatSummary.ts'
import {summarize} from '../../importer/report/summarize.ts'
import type {FileReport, ImportReport} from '../../importer/report/types.ts'

function report(files: FileReport[]): ImportReport {
  return {sources: ['wiki/psf'], wikiRoot: 'wiki', startedAt: '', durationMs: 1000, summary: summarize(files, files.length, files.length), stages: [], files, notices: []}
}

const page = (sourcePath: string, score: number, missing: string[] = []): FileReport => ({
  sourcePath,
  status: 'imported',
  errors: [],
  warnings: [],
  fidelity: {score, missing},
})

test('formatSummary: a page under the fidelity floor is listed as a warning with its missing words', () => {
  const text = formatSummary(report([page('psf/Good.md', 1), page('psf/Lossy.md', 0.739, ['alpha', 'beta'])]))
  expect(text).toContain('1 pages below 99.5 %')
  expect(text).toContain('  ⚠ psf/Lossy.md: text fidelity 73.90 %, below the 99.50 % floor (missing: alpha beta)')
  expect(text).not.toContain('psf/Good.md')
})

test('formatSummary: malformed-table warnings are listed by file and line; other warnings only counted', () => {
  const lossy = page('psf/T.md', 1)
  lossy.warnings.push({code: 'malformed-table', message: 'malformed table: 2 words no cell holds', line: 7}, {code: 'list-start', message: 'starts at 3'})
  const text = formatSummary(report([lossy]))
  expect(text).toContain('  ⚠ psf/T.md:7: malformed table: 2 words no cell holds')
  expect(text).not.toContain('starts at 3')
  expect(text).toContain('warnings: 2')
})

test('formatSummary: at most 20 pages are listed, then a count', () => {
  const files = Array.from({length: 25}, (_, i) => page(`psf/P${i}.md`, 0.5))
  const lines = formatSummary(report(files)).split('\n')
  expect(lines.filter((line) => line.includes('below the 99.50 % floor'))).toHaveLength(20)
  expect(lines).toContain('  ⚠ … and 5 more pages below the floor (see the report)')
})
