import path from 'node:path'
import {createClient} from '@sanity/client'
import type {Page} from 'playwright-core'
import {meetingNotesQuery} from '../../queries/index.ts'
import {readDataset} from '../../dataset/journal/readDataset.ts'
import type {StudioEndpoint} from '../../server/studio/startStudioEndpoint.ts'
import {apiVersion, dataset, projectId} from '../../studio/env.ts'
import {today} from '../../schemas/today.ts'
import {studioSuite, until, type StudioSession} from '../support/offlineStudio.ts'

/**
 * The editors' weekly tasks (issue 16) in the real Studio, built and served offline by the same
 * code as `npm run studio`, driven in Chromium the way an editor clicks. Every claim is checked
 * against what the Studio did not compute itself: the dataset file, GROQ through the endpoint and
 * the review site's HTML.
 */
const SCREENSHOTS = path.resolve('test-artifacts/studio-editor-tasks')
const PACKAGING = 'wiki-psf-working-groups-packaging-index-fc2f5be9'
const JOBS = 'wiki-psf-working-groups-jobs-index-8223ce4f'
const GRANTS = 'wiki-psf-working-groups-grants-index-16e37728'
const BYLAWS_CHARTER = 'wiki-psf-working-groups-bylaws-charter-b535ac96'
const DATE = today()
const NOTE_TITLE = `Packaging WG meeting notes ${DATE}`
const NOTE_SLUG = `psf/working-groups/packaging/${DATE}-meeting-notes`
const NOTE_TEXT = 'Agreed to review the pip release checklist next week.'

let endpoint: StudioEndpoint
let editor: Page
let watcher: Page
let file: string
let shot: StudioSession['shot']
const link = (page: Page, name: string | RegExp) => page.getByRole('link', {name, exact: typeof name === 'string'}).first()
const published = (id: string) => readDataset(file).documents.find((doc) => doc._id === id)
const client = () => createClient({projectId, dataset, apiHost: `http://127.0.0.1:${endpoint.port}`, useProjectHostname: false, apiVersion, useCdn: false})
const review = async (route: string) => (await fetch(`http://localhost:${endpoint.port}${route}`)).text()

/** Working groups → (Active|Historical) → the group, the way an editor clicks. */
async function openGroup(page: Page, status: 'Active' | 'Historical', group: RegExp) {
  await page.goto(`${endpoint.studioUrl}/structure`)
  await link(page, 'Working groups').click()
  await link(page, status).click()
  await link(page, group).click()
}

/** Opens the group's Details and waits for its form. */
async function openDetails(page: Page, status: 'Active' | 'Historical', group: RegExp) {
  await openGroup(page, status, group)
  await link(page, 'Details').click()
  await page.locator('input#summary').waitFor({timeout: 30_000})
}

/** Runs one of the document's actions from the footer's menu. */
async function runAction(page: Page, label: string) {
  await page.locator('[data-testid="action-menu-button"]').last().click()
  await page.getByRole('menuitem', {name: label}).click()
}

/** Waits until Publish can be pressed (the draft is saved and valid), then presses it. */
async function publish(page: Page) {
  await page.waitForFunction(() => {
    const button = document.querySelector<HTMLButtonElement>('[data-testid="action-publish"]')
    return button !== null && !button.disabled && button.getAttribute('data-disabled') !== 'true'
  }, null, {timeout: 30_000})
  await page.locator('[data-testid="action-publish"]').click()
}

/** Opens the document pane's Validation inspector and returns its text once it holds `expected`. */
async function validationText(page: Page, expected: string): Promise<string> {
  await page.locator('button[aria-label="Validation"]').last().click()
  const inspector = page.getByText(expected).filter({visible: true}).first()
  try {
    await inspector.waitFor({timeout: 30_000})
  } catch (error) {
    await shot(page, `debug-${expected.slice(0, 20)}`)
    throw error
  }
  return inspector.innerText()
}

let noteId: string

studioSuite(SCREENSHOTS, 180_000, (session) => ({endpoint, file, editor, watcher, shot} = session))

test("editor tasks: New meeting note in Packaging's list is filled in; published, it comes first in GROQ and on the review site", async () => {
  await openGroup(editor, 'Active', /Packaging WG/)
  await link(editor, 'Pages').click()
  await link(editor, 'Meeting notes').click()
  await editor.getByLabel('New meeting note').click({timeout: 30_000})
  const title = editor.locator('input#title')
  expect(await until(() => title.inputValue(), NOTE_TITLE)).toBe(NOTE_TITLE)
  expect(await editor.locator('input#slug').inputValue()).toBe(NOTE_SLUG)
  const panes = decodeURIComponent(new URL(editor.url()).pathname)
  // The new note opens beside Packaging's Meeting notes list, not in some other list of pages.
  expect(panes).toContain(`;${PACKAGING};`)
  noteId = panes.match(/;([0-9a-f-]{36})/)![1]!
  await editor.locator('[contenteditable="true"]').first().click()
  await editor.keyboard.type(NOTE_TEXT)
  await shot(editor, '1-new-meeting-note-prefilled')

  await publish(editor)
  expect(await until(() => published(noteId)?.title, NOTE_TITLE)).toBe(NOTE_TITLE)
  expect(await until(() => readDataset(file).documents.some((doc) => doc._id === `drafts.${noteId}`), false)).toBe(false)
  expect(published(noteId)).toMatchObject({
    _type: 'legacyPage',
    kind: 'meetingNotes',
    date: DATE,
    group: {_type: 'reference', _ref: PACKAGING},
    slug: {current: NOTE_SLUG},
    legacyNotice: false,
  })
  expect(JSON.stringify(published(noteId)?.body)).toContain(NOTE_TEXT)

  // First in the group's meeting notes, through GROQ and through the review site.
  const notes = await client().fetch(meetingNotesQuery, {slug: 'psf/working-groups/packaging', start: 0, end: 3})
  expect(notes?.notes?.[0]).toMatchObject({_id: noteId, title: NOTE_TITLE, date: DATE})
  const groupPage = await review('/groups/psf/working-groups/packaging')
  const firstNote = groupPage.slice(groupPage.indexOf('<section id="meeting-notes">')).match(/<li>(.*?)<\/li>/)?.[1]
  expect(firstNote).toContain(NOTE_TITLE)
  expect(await review(`/pages/${NOTE_SLUG}`)).toContain(NOTE_TEXT)
  await watcher.goto(`http://localhost:${endpoint.port}/groups/psf/working-groups/packaging#meeting-notes`)
  await shot(watcher, '2-review-site-meeting-notes')
}, 180_000)

test('editor tasks: the Preview view renders the draft as the review site does and follows a typed change live', async () => {
  await watcher.goto(`${endpoint.studioUrl}/intent/edit/id=${noteId};type=legacyPage`)
  await watcher.getByRole('tab', {name: 'Preview'}).click({timeout: 30_000})
  const heading = watcher.frameLocator('iframe[title="Preview"]').locator('main > h1')
  await heading.waitFor({timeout: 30_000})
  expect(await heading.innerText()).toBe(NOTE_TITLE)
  expect(await watcher.frameLocator('iframe[title="Preview"]').locator('#body').innerText()).toContain(NOTE_TEXT)

  const edited = `${NOTE_TITLE} (with the agenda)`
  await editor.locator('input#title').fill(edited)
  // The watcher never touched anything: the preview follows the draft on its own.
  expect(await until(() => heading.innerText(), edited)).toBe(edited)
  await shot(watcher, '3-preview-follows-typed-change')
  // The same renderer as the review site: the published page still has the old title until Publish.
  expect(await review(`/pages/${NOTE_SLUG}`)).toContain(`<h1>${NOTE_TITLE}</h1>`)
  await publish(editor)
  expect(await until(() => published(noteId)?.title, edited)).toBe(edited)

  // A group's Preview is its review page: members, and the new note first among its meeting notes.
  await watcher.goto(`${endpoint.studioUrl}/intent/edit/id=${PACKAGING};type=workingGroup`)
  await watcher.getByRole('tab', {name: 'Preview'}).click({timeout: 30_000})
  const frame = watcher.frameLocator('iframe[title="Preview"]')
  await frame.locator('#members').getByText('Donald Stufft').waitFor({timeout: 30_000})
  expect(await frame.locator('#meeting-notes li').first().innerText()).toContain(edited)
  await shot(watcher, '3b-group-preview')
}, 150_000)

test('editor tasks: "Where it is used" lists the documents that reference a page, with how', async () => {
  const referrers = await client().fetch<{_id: string; title: string}[]>('*[references($id)]{_id, title}', {id: BYLAWS_CHARTER})
  expect(referrers.length).toBeGreaterThan(0)
  await editor.goto(`${endpoint.studioUrl}/intent/edit/id=${BYLAWS_CHARTER};type=legacyPage`)
  await editor.getByRole('tab', {name: 'Where it is used'}).click({timeout: 30_000})
  const view = editor.getByTestId('where-used')
  await view.getByText(`${referrers.length} document`).first().waitFor({timeout: 30_000})
  for (const referrer of referrers) await view.getByText(referrer.title, {exact: true}).first().waitFor()
  await view.getByText('navigation entry (toctree)').first().waitFor()
  await view.getByText('internal link in the text').first().waitFor()
  await shot(editor, '4-where-it-is-used')
}, 90_000)

test('editor tasks: Retire group asks for a note, makes the group historical with date and note, and keeps its pages under it', async () => {
  const pagesBefore = await client().fetch<string[]>('*[group._ref == $id]._id', {id: JOBS})
  expect(pagesBefore.length).toBeGreaterThan(0)
  await openDetails(editor, 'Active', /Jobs WG/)
  await runAction(editor, 'Retire group')
  const dialog = editor.getByRole('dialog')
  // The dialog says what is missing before it lets the editor retire the group.
  await dialog.getByText('Write a note saying why the group was retired').waitFor({timeout: 30_000})
  expect(await dialog.getByRole('button', {name: 'Retire group'}).isDisabled()).toBe(true)
  await dialog.locator('#retire-note').fill('Its work moved to the Sponsor WG.')
  await shot(editor, '5-retire-dialog')
  await dialog.getByRole('button', {name: 'Retire group'}).click()
  expect(await until(() => editor.getByRole('radio', {name: 'Historical'}).isChecked(), true)).toBe(true)
  await publish(editor)
  expect(await until(() => published(JOBS)?.status, 'historical')).toBe('historical')
  expect(published(JOBS)).toMatchObject({retiredOn: DATE, retirementNote: 'Its work moved to the Sponsor WG.'})

  // Under Historical now, with its pages still reachable from it.
  await openGroup(editor, 'Historical', /Jobs WG/)
  await link(editor, 'Pages').click()
  await link(editor, 'Other pages').click()
  await link(editor, /Jobs Charter/).waitFor({timeout: 30_000})
  await shot(editor, '6-retired-group-under-historical')
  // Other pages' own "New page": a page of that group.
  await editor.getByLabel('New page').click()
  expect(await until(() => editor.locator('input#slug').inputValue(), 'psf/working-groups/jobs/')).toBe('psf/working-groups/jobs/')
  const kind = () => editor.locator('select#kind').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)
  expect(await until(kind, 'Other subpage')).toBe('Other subpage')
  expect(await client().fetch<string[]>('*[group._ref == $id]._id', {id: JOBS})).toEqual(pagesBefore)
  const groupPage = await review('/groups/psf/working-groups/jobs')
  expect(groupPage).toContain(`Retired on <time datetime="${DATE}">${DATE}</time>: Its work moved to the Sponsor WG.`)
  expect(groupPage).toContain('Jobs Charter')
}, 180_000)

test("editor tasks: Add member opens the schema's member form, whose rules block Publish until the name is given; Remove member marks a member former", async () => {
  await openDetails(editor, 'Active', /Grants WG/)
  await runAction(editor, 'Add member')
  const name = editor.locator('[role="dialog"] input[id$=".name"]')
  await name.waitFor({timeout: 30_000})
  expect(await validationText(editor, 'Give the member’s name')).toContain('as the group’s page should show it')
  await shot(editor, '7-add-member-validation')
  await name.fill('Ada Lovelace')
  await editor.locator('[role="dialog"] select[id$=".role"]').selectOption({label: 'Chair'})
  await editor.getByRole('button', {name: 'Close dialog'}).click()
  await publish(editor)
  const ada = () => (published(GRANTS)?.members as {name?: string; role?: string; former?: boolean}[] | undefined)?.find((member) => member.name === 'Ada Lovelace')
  expect(await until(() => ada()?.role, 'chair')).toBe('chair')
  expect(await review('/chairs')).toContain('Ada Lovelace (chair)')

  await runAction(editor, 'Remove member')
  const row = editor.getByRole('dialog').locator('[data-testid^="member-"]').filter({hasText: 'Ada Lovelace'})
  await row.getByRole('button', {name: 'Mark as former'}).click({timeout: 30_000})
  await publish(editor)
  expect(await until(() => ada()?.former, true)).toBe(true)
  const groupPage = await review('/groups/psf/working-groups/grants')
  expect(groupPage.slice(groupPage.indexOf('Former members'))).toContain('Ada Lovelace (chair)')
  expect(await review('/chairs')).not.toContain('Ada Lovelace')
}, 180_000)

test('editor tasks: a new working group starts active, and its validation messages say what to fill in', async () => {
  await editor.goto(`${endpoint.studioUrl}/structure`)
  await link(editor, 'Working groups').click()
  await link(editor, 'Active').click()
  await editor.getByLabel('New working group').click({timeout: 30_000})
  await editor.locator('input#title').fill('Editors WG')
  expect(await editor.getByRole('radio', {name: 'Active'}).isChecked()).toBe(true)
  expect(await validationText(editor, 'An active working group needs a summary')).toContain('one line saying what it does')
  await editor.getByText('The group needs a slug, its address on the site').filter({visible: true}).first().waitFor()
  await shot(editor, '8-new-group-validation')

  // A meeting note whose title an editor clears says so too.
  await editor.goto(`${endpoint.studioUrl}/intent/edit/id=${noteId};type=legacyPage`)
  await editor.locator('input#title').fill('')
  expect(await validationText(editor, 'The page needs a title')).toContain('as readers see it at the top of the page')
  await shot(editor, '9-meeting-note-validation')
}, 120_000)
