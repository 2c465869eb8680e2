import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {VerifyReport} from '../../verify/report/types.ts'
import {block, document} from './pt.ts'

const CLI = path.resolve('verify/cli.ts')

/** Runs the real command line in a child process, as `npm run verify` does. */
function runCli(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

let dir: string
let wiki: string
let dataset: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'verify-cli-'))
  wiki = path.join(dir, 'wiki', 'psf')
  mkdirSync(wiki, {recursive: true})
  dataset = path.join(dir, 'dataset.ndjson')
})
afterEach(() => rmSync(dir, {recursive: true, force: true}))

const page = (name: string, text: string | Buffer) => writeFileSync(path.join(wiki, name), text)
const docs = (...documents: Array<Record<string, unknown>>) => writeFileSync(dataset, documents.map((d) => JSON.stringify(d)).join('\n') + '\n')
const at = (sourcePath: string, doc: Record<string, unknown>) => ({...doc, _id: sourcePath, provenance: {_type: 'provenance', sourcePath}})
const report = (file = path.join(dir, 'verify-report.json')) => JSON.parse(readFileSync(file, 'utf8')) as VerifyReport

test('cli: --help lists the options', () => {
  const {code, stdout} = runCli(['--help'])
  expect(code).toBe(0)
  for (const option of ['--source', '--dataset', '--report']) expect(stdout).toContain(option)
})

test('cli: a faithful import exits 0 and writes the report beside the dataset', () => {
  page('A.md', '# A\n\nHello world.\n')
  docs(at('psf/A.md', document('A', [block('Hello world.')])))
  const {code, stdout} = runCli(['--source', wiki, '--dataset', dataset])
  expect(code).toBe(0)
  expect(stdout).toContain('Verified 1 pages')
  expect(report().summary).toMatchObject({pages: 1, same: 1, differs: 0})
})

test('cli: a page that differs exits 1; the report names the page and the difference', () => {
  page('A.md', '# A\n\n- one\n- two\n')
  docs(at('psf/A.md', document('A', [block('one', {listItem: 'bullet', level: 1})])))
  const reportFile = path.join(dir, 'out', 'r.json')
  const {code, stdout} = runCli(['--source', wiki, '--dataset', dataset, '--report', reportFile])
  expect(code).toBe(1)
  expect(stdout).toMatch(/listItem bullet 1 +2 +1 +0 +1 +0 +1/)
  const [result] = report(reportFile).pages
  expect(result).toMatchObject({sourcePath: 'psf/A.md', status: 'differs', examples: ['missing listItem bullet 1: "two"', 'missing paragraph: "two"']})
})

test('cli: an unreadable page and a page without a document are errors naming the file; the run goes on', () => {
  page('A.md', '# A\n\nHello\n')
  page('Bad.md', Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]))
  page('Lost.md', '# Lost\n')
  docs(at('psf/A.md', document('A', [block('Hello')])), at('psf/Bad.md', document('Bad', [])))
  const {code, stdout} = runCli(['--source', wiki, '--dataset', dataset])
  expect(code).toBe(1)
  expect(stdout).toContain(`${path.join(wiki, 'Bad.md')}: cannot read`)
  const {summary, pages} = report()
  expect(summary).toMatchObject({pages: 3, same: 1, errors: 1, noDocument: 1})
  expect(pages.find((p) => p.status === 'no-document')?.examples?.[0]).toContain('Lost.md')
})

test('cli: a dataset line that is not JSON is an error naming file and line; the rest is verified', () => {
  page('A.md', '# A\n\nHello\n')
  writeFileSync(dataset, `{oops\n${JSON.stringify(at('psf/A.md', document('A', [block('Hello')])))}\n`)
  const {code, stdout} = runCli(['--source', wiki, '--dataset', dataset])
  expect(code).toBe(1)
  expect(stdout).toContain(`${dataset}:1: not JSON`)
  expect(report().summary.same).toBe(1)
})

test.each([
  ['the dataset is missing', () => ['--source', wiki, '--dataset', path.join(dir, 'none.ndjson')], /verify failed: .*none\.ndjson/],
  ['no page is under the source', () => ['--source', path.join(dir, 'empty'), '--dataset', dataset], /verify failed: no \.md page/],
  ['--dataset is not given', () => ['--source', wiki], /verify: Missing required argument: dataset/],
])('cli: exits 2 when %s', (_name, args, message) => {
  docs()
  mkdirSync(path.join(dir, 'empty'))
  const {code, stderr} = runCli(args())
  expect(code).toBe(2)
  expect(stderr).toMatch(message)
})
