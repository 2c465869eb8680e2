import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import path from 'node:path'
import {promisify} from 'node:util'
import {createClient} from '@sanity/client'
import type {Page} from 'playwright-core'
import {readDataset} from '../../dataset/journal/readDataset.ts'
import type {StudioEndpoint} from '../../server/studio/startStudioEndpoint.ts'
import {dataset, projectId} from '../../studio/env.ts'
import {WORKING_GROUPS} from '../support/corpus.ts'
import {studioSuite, until, type StudioSession} from '../support/offlineStudio.ts'

const SCREENSHOTS = path.resolve('test-artifacts/studio')
const PACKAGING = 'wiki-psf-working-groups-packaging-index-fc2f5be9'
const BYLAWS = 'wiki-psf-working-groups-bylaws-6d1e96b9'
const NEW_SUMMARY = `Edited in the local Studio at ${new Date().toISOString()}`

let endpoint: StudioEndpoint
let editor: Page
let watcher: Page
let file: string
let shot: StudioSession['shot']
const summaryInput = (page: Page) => page.locator('input#summary')

/** Working groups → Active → Packaging WG → Details, the way an editor clicks. */
async function openPackaging(page: Page) {
  await page.goto(`${endpoint.studioUrl}/structure`)
  await page.getByRole('link', {name: 'Working groups'}).first().click()
  await page.getByRole('link', {name: 'Active'}).first().click()
  await page.getByRole('link', {name: /Packaging WG/}).first().click()
  await page.getByRole('link', {name: 'Details'}).first().click()
  await summaryInput(page).waitFor({timeout: 30_000})
}

const packagingInFile = () => readDataset(file).documents.find((doc) => doc._id === PACKAGING)

studioSuite(SCREENSHOTS, 120_000, (session) => ({endpoint, file, editor, watcher, shot} = session))

test('local Studio: Working groups → Active → Packaging shows its title, status and members', async () => {
  await openPackaging(editor)
  expect(await editor.locator('[data-testid="document-panel-document-title"], h1, h2').filter({hasText: 'Packaging WG'}).count()).toBeGreaterThan(0)
  expect(await editor.locator('input#title').inputValue()).toBe('Packaging WG')
  expect(await editor.getByRole('radio', {name: 'Active'}).isChecked()).toBe(true)
  expect(await summaryInput(editor).inputValue()).toBe('Funds and coordinates improvements to pip, PyPI, and the packaging toolchain')
  await shot(editor, '1-packaging-overview')
  await editor.getByRole('tab', {name: 'People & contacts'}).click()
  await editor.getByText('Donald Stufft').first().waitFor()
  await editor.getByText('Dustin Ingram').first().waitFor()
  await shot(editor, '2-packaging-members')
  await editor.getByRole('tab', {name: 'Overview'}).click()
}, 90_000)

test('local Studio: an edited and published summary reaches the file, the review site, GROQ, a reload and a second window live', async () => {
  await openPackaging(watcher)
  await summaryInput(editor).waitFor()
  await summaryInput(editor).fill(NEW_SUMMARY)
  await editor.locator('[data-testid="action-publish"]').click()
  expect(await until(() => packagingInFile()?.summary, NEW_SUMMARY)).toBe(NEW_SUMMARY)
  expect(readDataset(file).documents.some((doc) => doc._id === `drafts.${PACKAGING}`)).toBe(false)
  await shot(editor, '3-published')

  // The second window never reloaded: the listener brought the change.
  expect(await until(() => summaryInput(watcher).inputValue(), NEW_SUMMARY)).toBe(NEW_SUMMARY)
  await shot(watcher, '4-second-window-live')

  const review = await (await fetch(`http://localhost:${endpoint.port}/groups/psf/working-groups/packaging`)).text()
  expect(review).toContain(NEW_SUMMARY)
  const client = createClient({projectId, dataset, apiHost: `http://127.0.0.1:${endpoint.port}`, useProjectHostname: false, apiVersion: '2025-02-19', useCdn: false})
  expect(await client.fetch('*[_type == "workingGroup" && slug.current == $slug][0].summary', {slug: 'psf/working-groups/packaging'})).toBe(NEW_SUMMARY)

  await editor.reload()
  await summaryInput(editor).waitFor({timeout: 30_000})
  expect(await until(() => summaryInput(editor).inputValue(), NEW_SUMMARY)).toBe(NEW_SUMMARY)
  await shot(editor, '5-after-reload')
}, 120_000)

test('local Studio: after the edit, a dry-run import against the endpoint skips Packaging as edited by an editor', async () => {
  const out = path.join(path.dirname(file), 'dry-run')
  const {stdout} = await promisify(execFile)(
    process.execPath,
    ['importer/cli.ts', '--source', WORKING_GROUPS, '--out', path.join(out, 'dataset.ndjson'), '--report', path.join(out, 'report.json'),
      '--project', projectId, '--dataset', dataset, '--api-host', `http://127.0.0.1:${endpoint.port}`],
    // The local endpoint needs no token; the push insists on one being set, so any will do.
    {env: {...process.env, SANITY_API_WRITE_TOKEN: 'local-endpoint-needs-no-token'}, maxBuffer: 16 * 1024 * 1024},
  )
  expect(stdout).toMatch(/skipped, edited in the Studio: 1 /)
  expect(stdout).toContain(`${PACKAGING}: `)
  expect(packagingInFile()?.summary).toBe(NEW_SUMMARY)
}, 120_000)

test("local Studio: the Bylaws page's attachment link holds the imported PDF as a file asset; an upload from the Studio replaces it", async () => {
  const name = 'PythonSoftwareFoundationBylaws_33223534-2013-10-09.pdf'
  await editor.goto(`${endpoint.studioUrl}/intent/edit/id=${BYLAWS};type=legacyPage`)
  await editor.getByText(name).first().click({timeout: 30_000})
  await editor.getByTestId('edit-annotation-button').click()
  const dialog = editor.getByTestId('popover-edit-dialog')
  // The file field shows the asset's name and size (a broken field shows neither).
  await dialog.getByText(name).first().waitFor({timeout: 30_000})
  expect(await dialog.innerText()).toMatch(/\d+(\.\d+)? KB/)
  await shot(editor, '6-bylaws-attachment')

  // Replace it through the file field's menu: the upload becomes an asset in the file, the draft references it.
  const bytes = Buffer.from(`%PDF-1.4 uploaded in the local Studio at ${new Date().toISOString()}`)
  await dialog.getByTestId('options-menu-button').click()
  const chooser = editor.waitForEvent('filechooser')
  await editor.locator('[data-ui="Menu"]').getByText('Upload').click()
  await (await chooser).setFiles({name: 'notes.pdf', mimeType: 'application/pdf', buffer: bytes})
  const assetId = `file-${createHash('sha1').update(bytes).digest('hex')}-pdf`
  const draftRefersTo = () => JSON.stringify(readDataset(file).documents.find((doc) => doc._id === `drafts.${BYLAWS}`) ?? {}).includes(assetId)
  expect(await until(draftRefersTo, true)).toBe(true)
  expect(readDataset(file).documents.find((doc) => doc._id === assetId)).toMatchObject({_type: 'sanity.fileAsset', originalFilename: 'notes.pdf', size: bytes.length})
  await dialog.getByText('notes.pdf').first().waitFor()
  await shot(editor, '7-bylaws-uploaded')
}, 60_000)
