import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import type {LocalEndpoint} from '../../server/startLocalEndpoint.ts'
import {HOSTED, startTestEndpoint} from '../server/startTestEndpoint.ts'

const TOKEN = 'sk-export-test-token-never-printed'
let endpoint: LocalEndpoint
let dir: string

beforeAll(async () => {
  ;({endpoint} = await startTestEndpoint())
  dir = mkdtempSync(path.join(tmpdir(), 'export-hosted-'))
})
afterAll(async () => {
  await endpoint.close()
  rmSync(dir, {recursive: true, force: true})
})

test('npm run export --project: reads the dataset through @sanity/client; the token from SANITY_API_READ_TOKEN is never printed', async () => {
  const out = path.join(dir, 'wiki')
  const {stdout, stderr} = await promisify(execFile)(
    process.execPath,
    ['export/cli.ts', '--project', String(HOSTED.projectId), '--dataset', 'production', '--api-host', endpoint.url, '--out', out, '--no-verify'],
    {env: {...process.env, SANITY_API_READ_TOKEN: TOKEN}},
  )
  expect(stdout + stderr).not.toContain(TOKEN)
  expect(stdout).toMatch(/^Exported \d+ pages/m)
  expect(existsSync(path.join(out, 'psf/working-groups'))).toBe(true)
  expect(readdirSync(path.join(out, 'psf/working-groups')).some((name) => name.endsWith('.md'))).toBe(true)
})

test('npm run export --project: the token goes to the API as a bearer token and nowhere else; without one, the run says so', async () => {
  const seen: (string | undefined)[] = []
  const server = createServer((req, res) => {
    seen.push(req.headers.authorization)
    res.writeHead(200, {'content-type': 'application/json'})
    res.end(JSON.stringify({result: [], ms: 1}))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const run = (env: NodeJS.ProcessEnv) =>
    promisify(execFile)(process.execPath, ['export/cli.ts', '--project', 'abc123', '--dataset', 'production', '--api-host', host, '--out', path.join(dir, 'empty')], {env})
  try {
    const {SANITY_API_READ_TOKEN: _ignored, ...without} = process.env
    const withToken = await run({...without, SANITY_API_READ_TOKEN: TOKEN})
    const anonymous = await run(without)
    expect(seen).toEqual([`Bearer ${TOKEN}`, undefined])
    expect(withToken.stdout + withToken.stderr).not.toContain(TOKEN)
    expect(anonymous.stdout).toContain('no SANITY_API_READ_TOKEN')
    expect(withToken.stdout).toContain('Exported 0 pages')
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
})
