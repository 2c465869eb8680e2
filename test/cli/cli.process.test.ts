import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {importHash} from '../../dataset/importHash.ts'
import type {ImportReport} from '../../importer/report/types.ts'

const CLI = path.resolve('importer/cli.ts')

/** Runs the real command line in a child process, as `npm run import` does. */
function runCli(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

let dir: string
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'cli-'))))
afterEach(() => rmSync(dir, {recursive: true, force: true}))

test('cli: --help lists the options', () => {
  const {code, stdout} = runCli(['--help'])
  expect(code).toBe(0)
  for (const option of ['--source', '--out', '--report', '--redirects', '--site-url']) expect(stdout).toContain(option)
})

test('cli: with no flags it imports the shipped sample, writes dataset and report, exits 0', () => {
  const out = path.join(dir, 'dataset.ndjson')
  const reportFile = path.join(dir, 'report.json')
  const {code, stdout, stderr} = runCli(['--out', out, '--report', reportFile])
  expect(stderr).toBe('')
  expect(code).toBe(0)
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as ImportReport
  const lines = readFileSync(out, 'utf8').trim().split('\n')
  expect(report.summary.failed + report.summary.invalid).toBe(0)
  expect(lines).toHaveLength(report.summary.written)
  expect(report.summary.files).toBeGreaterThanOrEqual(11)
  expect(stdout).toMatch(/Imported \d+\/\d+ files/)
  // Every document carries the hash of what the importer wrote, so a later push tells edits apart.
  for (const line of lines) {
    const document = JSON.parse(line) as {provenance: {importHash?: string}}
    expect(document.provenance.importHash).toBe(importHash(document))
  }
  // Piped output: no progress bar escape codes.
  expect(stdout + stderr).not.toMatch(/\u001b\[/)
})

test('cli: a bad file is reported by name, the rest is imported, the exit code is 1', () => {
  const source = path.join(dir, 'wiki', 'psf')
  mkdirSync(source, {recursive: true})
  writeFileSync(path.join(dir, 'wiki', '_redirects.json'), '{}')
  writeFileSync(path.join(source, 'Good.md'), '# Good\n\nSome text.\n')
  writeFileSync(path.join(source, 'Bad.md'), Buffer.from([0x23, 0x00, 0x01]))
  const out = path.join(dir, 'dataset.ndjson')
  const reportFile = path.join(dir, 'report.json')
  const {code, stdout} = runCli(['--source', source, '--out', out, '--report', reportFile])
  expect(code).toBe(1)
  expect(stdout).toContain('psf/Bad.md: binary file')
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as ImportReport
  expect(report.files.find((file) => file.sourcePath === 'psf/Bad.md')?.status).toBe('failed')
  expect(report.files.find((file) => file.sourcePath === 'psf/Good.md')?.status).toBe('imported')
  expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(1)
})

test('cli: a source folder that does not exist is a usage error (exit 2) naming it', () => {
  const {code, stderr} = runCli(['--source', path.join(dir, 'nope'), '--out', path.join(dir, 'o.ndjson'), '--report', path.join(dir, 'r.json')])
  expect(code).toBe(2)
  expect(stderr).toContain(path.join(dir, 'nope'))
})

test('cli: --workers must be a whole number of threads, 1 or more', () => {
  const {code, stderr} = runCli(['--workers', '0', '--out', path.join(dir, 'o.ndjson'), '--report', path.join(dir, 'r.json')])
  expect(code).not.toBe(0)
  expect(stderr).toContain('--workers must be a whole number, 1 or more')
})

test('cli: --workers 2 writes the same dataset as the default', () => {
  const outputs = ['1', '2'].map((workers) => {
    const out = path.join(dir, `dataset-${workers}.ndjson`)
    expect(runCli(['--workers', workers, '--out', out, '--report', path.join(dir, `report-${workers}.json`)]).code).toBe(0)
    return readFileSync(out, 'utf8')
  })
  expect(outputs[1]).toBe(outputs[0])
})
