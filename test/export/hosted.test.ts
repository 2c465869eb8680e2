import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs'
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
