import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {documentId} from '../../importer/identity/documentId.ts'

const CLI = path.resolve('export/cli.ts')
let dir: string

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'export-cli-'))
})
afterEach(() => rmSync(dir, {recursive: true, force: true}))

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], {encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0'}})
}

const page = (id: string, sourcePath: string, text = 'Hello.') => ({
  _id: id,
  _type: 'legacyPage',
  title: id,
  slug: {_type: 'slug', current: sourcePath.replace(/\.md$/, '').toLowerCase()},
  kind: 'legacy',
  body: [{_type: 'block', _key: 'b0', style: 'normal', children: [{_type: 'span', _key: 's0', text, marks: []}], markDefs: []}],
  legacyNotice: true,
  provenance: {_type: 'provenance', sourcePath, moinName: `psf/${id}`},
})

test('npm run export: bad lines and documents are errors naming the id and line; the rest is written; exit 1', () => {
  const file = path.join(dir, 'dataset.ndjson')
  const lines = [
    JSON.stringify({...page('good', 'psf/Good.md'), _id: documentId('psf/Good.md')}),
    '{not json',
    JSON.stringify({...page('odd', 'psf/Odd.md'), _type: 'recipe'}),
    JSON.stringify({_id: 'lost', _type: 'legacyPage', title: 'Lost', body: []}),
    JSON.stringify(page('twin-a', 'psf/Twin.md')),
    JSON.stringify(page('twin-b', 'psf/Twin.md')),
    JSON.stringify({...page('drafts.good', 'psf/Good.md'), title: 'Draft'}),
    JSON.stringify({_id: 'studio-made', _type: 'legacyPage', title: 'New', slug: {_type: 'slug', current: 'psf/new-page'}, body: []}),
  ]
  writeFileSync(file, lines.join('\n') + '\n')
  const out = path.join(dir, 'wiki')
  const result = run('--dataset', file, '--out', out)
  expect(result.status).toBe(1)
  expect(result.stdout).toContain(`error not-json: ${file}:2: not JSON`)
  expect(result.stdout).toContain('error unknown-type: odd (line 3): unknown type "recipe"')
  expect(result.stdout).toContain('error no-path: lost (line 4): neither provenance.sourcePath nor slug')
  expect(result.stdout).toContain('error path-taken: twin-a (line 5): 2 documents map to psf/Twin.md (twin-a (line 5), twin-b (line 6))')
  expect(result.stdout).toContain('error path-taken: twin-b (line 6)')
  // The written page imports back to the document it came from: the verification finds nothing.
  expect(result.stdout).not.toContain('not-carried')
  expect(readFileSync(path.join(out, 'psf/Good.md'), 'utf8')).toMatch(/^# good\n\n```\{admonition\} Legacy Wiki Page\n/)
  expect(readFileSync(path.join(out, 'psf/new-page.md'), 'utf8')).toBe('# New\n')
  expect(existsSync(path.join(out, 'psf/Twin.md'))).toBe(false)
  expect(existsSync(path.join(out, 'psf/Odd.md'))).toBe(false)
  expect(JSON.parse(readFileSync(path.join(out, '_redirects.json'), 'utf8'))).toEqual({'psf/good': 'psf/Good'})
})

test('npm run export: a document whose id the importer would not give its page is named by the verification', () => {
  const file = path.join(dir, 'dataset.ndjson')
  writeFileSync(file, JSON.stringify(page('good', 'psf/Good.md')) + '\n')
  const result = run('--dataset', file, '--out', path.join(dir, 'wiki'))
  expect(result.status).toBe(1)
  expect(result.stdout).toContain("error not-carried: good (line 1): imported again from the written tree, _id differs from the dataset")
  expect(run('--dataset', file, '--out', path.join(dir, 'wiki'), '--no-verify').status).toBe(0)
})

test('npm run export: an existing output folder is replaced whole, never mixed with the old tree', () => {
  const file = path.join(dir, 'dataset.ndjson')
  writeFileSync(file, JSON.stringify({...page('good', 'psf/Good.md'), _id: documentId('psf/Good.md')}) + '\n')
  const out = path.join(dir, 'wiki')
  mkdirSync(path.join(out, 'psf'), {recursive: true})
  writeFileSync(path.join(out, 'psf/Stale.md'), '# Stale\n')
  expect(run('--dataset', file, '--out', out).status).toBe(0)
  expect(existsSync(path.join(out, 'psf/Stale.md'))).toBe(false)
  expect(existsSync(path.join(out, 'psf/Good.md'))).toBe(true)
  expect(spawnSync('ls', ['-a', dir], {encoding: 'utf8'}).stdout.split('\n').filter((name) => name.startsWith('.wiki'))).toEqual([])
})

test('npm run export: a run that cannot start (no such file) exits 2 and leaves the output folder alone', () => {
  const out = path.join(dir, 'wiki')
  mkdirSync(out)
  writeFileSync(path.join(out, 'keep.md'), '# Keep\n')
  const result = run('--dataset', path.join(dir, 'missing.ndjson'), '--out', out)
  expect(result.status).toBe(2)
  expect(result.stderr).toContain('dataset file not found')
  expect(readFileSync(path.join(out, 'keep.md'), 'utf8')).toBe('# Keep\n')
})

test('npm run export: a block the writer has no form for is an error naming the document; a nearby form is a warning', () => {
  const file = path.join(dir, 'dataset.ndjson')
  const base = {...page('good', 'psf/Good.md'), _id: documentId('psf/Good.md')}
  const block = (text: string) => ({_type: 'block', _key: text, style: 'normal', children: [{_type: 'span', _key: 's', text, marks: []}], markDefs: []})
  writeFileSync(file, JSON.stringify({...base, body: [block('before'), {_type: 'mystery', _key: 'm'}, {_type: 'callout', _key: 'c', kind: 'admonition', body: [block('inside')]}]}) + '\n')
  const result = run('--dataset', file, '--out', path.join(dir, 'wiki'), '--no-verify')
  expect(result.status).toBe(1)
  expect(result.stdout).toContain(`error unknown-block: ${base._id} → psf/Good.md: block type "mystery" has no MyST form; left out`)
  expect(result.stdout).toContain(`warning untitled-admonition: ${base._id} → psf/Good.md: an {admonition} without a title`)
})
