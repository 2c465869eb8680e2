import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {ImportReport} from '../../importer/report/types.ts'

const CLI = path.resolve('importer/cli.ts')

let dir: string
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'cli-table-'))))
afterEach(() => rmSync(dir, {recursive: true, force: true}))

/** A grid table of `rows` × `columns` cells `r<row>c<column>`, with row `broken` missing its closing `|`. */
function gridTable(rows: number, columns: number, broken: number): string {
  const width = 9
  const border = `+${Array(columns).fill('-'.repeat(width)).join('+')}+`
  const lines = [border]
  for (let r = 0; r < rows; r++) {
    const line = `|${Array.from({length: columns}, (_, c) => ` r${r}c${c}`.padEnd(width)).join('|')}|`
    lines.push(r === broken ? line.slice(0, -1) : line, border)
  }
  return lines.join('\n')
}

test('cli: a 1000×100 grid table with a broken row is reported in the summary with the text it lost, which the document keeps', () => {
  const source = path.join(dir, 'wiki', 'psf')
  mkdirSync(source, {recursive: true})
  writeFileSync(path.join(dir, 'wiki', '_redirects.json'), '{}')
  writeFileSync(path.join(source, 'Big.md'), `# Big\n\n${gridTable(1000, 100, 737)}\n`)
  const out = path.join(dir, 'dataset.ndjson')
  const reportFile = path.join(dir, 'report.json')
  const result = spawnSync(process.execPath, [CLI, '--source', source, '--out', out, '--report', reportFile], {
    encoding: 'utf8',
    env: {...process.env, FORCE_COLOR: '0'},
  })
  // The run did its job (every word is in the dataset); the loss the table would have had is a warning.
  expect(result.status).toBe(0)
  expect(result.stdout).toMatch(/⚠ psf\/Big\.md:3: malformed table: 1 words no cell holds, kept in a paragraph below it: "r737c99"/)
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as ImportReport
  const file = report.files.find((entry) => entry.sourcePath === 'psf/Big.md')!
  expect(file.warnings.map((warning) => warning.code)).toContain('malformed-table')
  expect(file.fidelity?.score).toBe(1)
  expect(readFileSync(out, 'utf8')).toContain('"text":"r737c99"')
})
