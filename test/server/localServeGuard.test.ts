import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {request} from 'node:http'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {ImportReport} from '../../importer/report/types.ts'
import {startLocalEndpoint, type LocalEndpoint} from '../../server/startLocalEndpoint.ts'
import {FIXTURE} from './startTestEndpoint.ts'

const ALLOWED = 'http://localhost:3000'
let endpoint: LocalEndpoint
let root: string

/** A report listing a real page, a symlink out of the tree, a symlink within it, and a FIFO. */
function writeReport(): string {
  const wiki = path.join(root, 'wiki')
  mkdirSync(path.join(wiki, 'psf'), {recursive: true})
  writeFileSync(path.join(wiki, 'psf/page.md'), '# A page\n')
  writeFileSync(path.join(root, 'outside.md'), 'secret outside the tree\n')
  symlinkSync('/etc/passwd', path.join(wiki, 'psf/passwd.md'))
  symlinkSync(path.join(root, 'outside.md'), path.join(wiki, 'psf/outside.md'))
  symlinkSync(path.join(wiki, 'psf/page.md'), path.join(wiki, 'psf/alias.md'))
  execFileSync('mkfifo', [path.join(wiki, 'psf/pipe.md')])
  const row = (sourcePath: string) => ({sourcePath, status: 'imported' as const, type: 'legacyPage' as const, errors: [], warnings: []})
  const report = {
    sources: [],
    wikiRoot: wiki,
    startedAt: new Date(0).toISOString(),
    durationMs: 1,
    summary: {files: 5, imported: 5, invalid: 0, failed: 0, documents: 0, written: 0, warnings: 0, brokenLinks: 0, byType: {}, fidelity: {min: 1, mean: 1, pagesBelow995: 0}},
    stages: [],
    files: ['psf/page.md', 'psf/passwd.md', 'psf/outside.md', 'psf/alias.md', 'psf/pipe.md'].map(row),
    notices: [],
  } as unknown as ImportReport
  writeFileSync(path.join(root, 'report.json'), JSON.stringify(report))
  return path.join(root, 'report.json')
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'serve-guard-'))
  endpoint = await startLocalEndpoint({datasets: {production: FIXTURE}, port: 0, reportFile: writeReport(), corsOrigins: [ALLOWED]})
})
afterAll(async () => {
  await endpoint.close()
  rmSync(root, {recursive: true, force: true})
})

/** A raw request, so that Host and Origin are exactly what a test says. */
function send(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{status: number; headers: Record<string, unknown>; text: string}> {
  return new Promise((resolve, reject) => {
    const req = request({host: '127.0.0.1', port: endpoint.port, method, path: pathname, headers: {host: `127.0.0.1:${endpoint.port}`, ...headers}}, (res) => {
      let text = ''
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({status: res.statusCode!, headers: res.headers, text}))
    })
    req.on('error', reject)
    req.end()
  })
}

const QUERY = `/v2025-02-19/data/query/production?query=${encodeURIComponent('count(*)')}`

test.each([
  ['a rebinding name', {host: 'attacker.example:PORT'}],
  ['the right name on another port', {host: '127.0.0.1:1'}],
  ['no port', {host: 'localhost'}],
  ['a foreign origin', {origin: 'http://attacker.example'}],
  ['a look-alike origin', {origin: 'http://localhost:3000.attacker.example'}],
  ['the null origin', {origin: 'null'}],
])('serve refuses %s with a 403 and no CORS header', async (_name, headers) => {
  const resolved = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, value.replace('PORT', String(endpoint.port))]))
  const answer = await send(QUERY, resolved)
  expect(answer.status).toBe(403)
  expect(answer.headers['access-control-allow-origin']).toBeUndefined()
  expect(JSON.parse(answer.text)).toMatchObject({statusCode: 403, error: 'Forbidden'})
})

test.each([
  ['no origin (curl, @sanity/client in Node)', undefined],
  ['its own origin', 'http://127.0.0.1:PORT'],
  ['an origin given with --cors-origin', ALLOWED],
])('serve answers %s, with CORS for that origin only', async (_name, origin) => {
  const headers: Record<string, string> = origin ? {origin: origin.replace('PORT', String(endpoint.port))} : {}
  const answer = await send(QUERY, headers)
  expect(answer.status).toBe(200)
  expect(answer.headers['access-control-allow-origin']).toBe(headers.origin)
  const preflight = await send(QUERY, {...headers, 'access-control-request-method': 'POST'}, 'OPTIONS')
  expect(preflight.status).toBe(204)
})

test.each([
  ['a symlink to /etc/passwd', 'psf/passwd.md', 'root:'],
  ['a symlink out of the tree', 'psf/outside.md', 'secret outside the tree'],
  ['a FIFO (whose read would block)', 'psf/pipe.md', undefined],
])('/report/file does not serve %s, and the server goes on', async (_name, sourcePath, secret) => {
  const answer = await send(`/report/file?path=${encodeURIComponent(sourcePath)}`)
  expect(answer.status).toBe(200)
  expect(answer.text).toContain('(source file not found)')
  if (secret) expect(answer.text).not.toContain(secret)
  expect((await send(QUERY)).status).toBe(200)
})

test('/report/file serves a regular file in the tree, also through a symlink that stays inside', async () => {
  for (const sourcePath of ['psf/page.md', 'psf/alias.md']) {
    expect((await send(`/report/file?path=${encodeURIComponent(sourcePath)}`)).text).toContain('# A page')
  }
})
