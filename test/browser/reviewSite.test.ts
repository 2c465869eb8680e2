import {mkdirSync} from 'node:fs'
import path from 'node:path'
import type {Browser, BrowserContext, Page} from 'playwright-core'
import {startLocalEndpoint, type LocalEndpoint} from '../../server/startLocalEndpoint.ts'
import {launchChromium, loopbackOnly} from '../support/chromium.ts'
import {importCorpus} from '../support/importCorpus.ts'

const SCREENSHOTS = path.resolve('test-artifacts/browser')

let endpoint: LocalEndpoint
let context: BrowserContext
let page: Page
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
  const {file, reportFile} = await importCorpus()
  endpoint = await startLocalEndpoint({datasets: {production: file}, reportFile, port: 0})
  context = await loopbackOnly(await browser.newContext())
  page = await context.newPage()
  mkdirSync(SCREENSHOTS, {recursive: true})
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await endpoint?.close()
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
