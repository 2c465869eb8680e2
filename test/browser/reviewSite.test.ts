import {existsSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {startLocalEndpoint, type LocalEndpoint} from '../../server/startLocalEndpoint.ts'
import {importCorpus} from '../support/importCorpus.ts'

/** Debian's Chromium (`apt-get install -y chromium`; .ci/run installs it). */
const CHROMIUM = '/usr/bin/chromium'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic']
const SCREENSHOTS = path.resolve('test-artifacts/browser')

let endpoint: LocalEndpoint
let context: BrowserContext
let page: Page
let profile: string

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: run \`apt-get update && apt-get install -y chromium\` (as .ci/run does)`)
  }
  const {file, reportFile} = await importCorpus()
  endpoint = await startLocalEndpoint({datasets: {production: file}, reportFile, port: 0})
  profile = mkdtempSync(path.join(tmpdir(), 'chromium-profile-'))
  context = await chromium.launchPersistentContext(profile, {executablePath: CHROMIUM, headless: true, args: ARGS})
  // Only the local endpoint: anything else a page asks for is refused.
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()))
  page = context.pages()[0] ?? (await context.newPage())
  mkdirSync(SCREENSHOTS, {recursive: true})
}, 60_000)

afterAll(async () => {
  await context?.close()
  await endpoint?.close()
  if (profile) rmSync(profile, {recursive: true, force: true})
})

const shot = (name: string) => page.screenshot({path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true})

test('review site: from the list of groups to Packaging to a meeting note, through links', async () => {
  await page.goto(`${endpoint.url}/`)
  const groups = page.locator('#groups tr td:first-child a')
  expect(await groups.count()).toBeGreaterThanOrEqual(16)
  expect(await groups.first().textContent()).toBe('Bylaws WG')
  await shot('1-groups')

  await page.getByRole('link', {name: 'Packaging WG', exact: true}).click()
  await page.waitForURL('**/groups/psf/working-groups/packaging')
  expect(await page.locator('h1').textContent()).toBe('Packaging WG')
  expect(await page.locator('#members tr').nth(1).textContent()).toBe('Donald Stufftchair')
  expect(await page.locator('#charter-title').textContent()).toBe('Packaging Charter')
  expect(await page.locator('#contacts').textContent()).toContain('packaging-wg@python.org')
  expect(await page.locator('#meeting-notes h2').textContent()).toBe('Meeting notes (110)')
  await shot('2-packaging')

  const newest = page.locator('#meeting-notes li a').first()
  const title = await newest.textContent()
  await newest.click()
  await page.waitForURL('**/pages/psf/working-groups/packaging/2020-12-23-pip-team-meeting')
  expect(await page.locator('h1').textContent()).toBe(title)
  expect(await page.locator('time').getAttribute('datetime')).toBe('2020-12-23')
  expect(await page.locator('#body').textContent()).toContain('23 Dec 2020')
  expect(await page.locator('.facts a').getAttribute('href')).toBe('/groups/psf/working-groups/packaging')
  await shot('3-meeting-note')
}, 30_000)

test('review site: an internal link in a body opens its target', async () => {
  await page.goto(`${endpoint.url}/pages/psf/working-groups/packaging-legacy`)
  const internal = page.locator('#body a.internal').first()
  const href = await internal.getAttribute('href')
  expect(href).toBe('/pages/psf/working-groups/packaging/charter')
  await internal.click()
  await page.waitForURL(`**${href}`)
  expect(await page.locator('h1').textContent()).toBe('Packaging Charter')
  await shot('4-internal-link')
}, 30_000)

test('review site: the migration report sorts and opens a file side by side', async () => {
  await page.goto(`${endpoint.url}/report`)
  expect(await page.locator('#report tr').count()).toBe(176)
  await page.getByRole('link', {name: /Text fidelity/}).click()
  await page.waitForURL('**/report?sort=fidelity&dir=asc')
  const scores = await page.locator('#report tr td:nth-child(5)').allTextContents()
  const numbers = scores.filter((s) => s !== '—').map((s) => Number.parseFloat(s))
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
  await shot('5-report')
  await page.locator('#report a[href^="/report/file"]').first().click()
  await page.waitForURL('**/report/file?path=*')
  expect(await page.locator('#source pre').textContent()).toMatch(/^# /)
  expect(await page.locator('#rendered').textContent()).toContain('Rendered')
  await shot('6-side-by-side')
}, 30_000)
