import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {ImportReport} from '../../importer/report/types.ts'
import type {LocalEndpoint} from '../../server/startLocalEndpoint.ts'
import {startTestEndpoint} from './startTestEndpoint.ts'

const NOTE = 'psf/working-groups/Packaging/2020-12-23-pip-team-meeting.md'
const NOTE_ID = 'wiki-psf-working-groups-packaging-2020-12-23-pip-team-meeting-fx000011'

/** A report in the importer's shape over a wiki root holding one source file. */
function writeReport(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'review-'))
  mkdirSync(path.join(root, 'wiki/psf/working-groups/Packaging'), {recursive: true})
  writeFileSync(path.join(root, 'wiki', NOTE), '# 2020-12-23 pip team meeting\n\nAttendees: Pradyun, Paul <script>\n')
  const row = (sourcePath: string, score: number, warnings: number, documentId?: string) => ({
    sourcePath,
    status: 'imported' as const,
    type: 'legacyPage' as const,
    documentId,
    errors: [],
    warnings: Array.from({length: warnings}, (_, i) => ({code: 'unmapped-construct', message: `warning ${i}`, line: i + 1})),
    fidelity: {score, missing: score < 1 ? ['resolver'] : []},
  })
  const report: ImportReport = {
    sources: [],
    wikiRoot: path.join(root, 'wiki'),
    startedAt: new Date(0).toISOString(),
    durationMs: 1,
    summary: {files: 2, imported: 2, invalid: 0, failed: 0, documents: 2, written: 2, warnings: 2, brokenLinks: 0, byType: {}, fidelity: {min: 0.9, mean: 0.95, pagesBelow995: 1}},
    stages: [],
    files: [row(NOTE, 0.9, 2, NOTE_ID), row('psf/working-groups/Packaging/2017-12-04-Warehouse.md', 1, 0, 'wiki-psf-working-groups-packaging-2017-12-04-warehouse-fx000013')],
    notices: [],
  }
  const file = path.join(root, 'report.json')
  writeFileSync(file, JSON.stringify(report))
  return file
}

let endpoint: LocalEndpoint
beforeAll(async () => ({endpoint} = await startTestEndpoint(undefined, {reportFile: writeReport()})))
afterAll(() => endpoint.close())

const page = async (pathname: string) => {
  const response = await fetch(`${endpoint.url}${pathname}`)
  expect(response.headers.get('content-type')).toMatch(/^text\/html/)
  return {status: response.status, html: await response.text()}
}

test('reviewRoutes: the list of groups links each group page', async () => {
  const {html} = await page('/')
  expect(html).toContain('<a href="/groups/psf/working-groups/packaging">Packaging</a>')
  expect(html.indexOf('Packaging')).toBeLessThan(html.indexOf('Infrastructure'))
})

test('reviewRoutes: a group page shows charter, members, contacts, pages and meeting notes', async () => {
  const {html} = await page('/groups/psf/working-groups/packaging')
  expect(html).toContain('<h2 id="charter-title">Packaging Charter</h2>')
  expect(html).toContain('<td>Donald Stufft</td><td>chair</td>')
  expect(html).toContain('packaging-wg@python.org')
  expect(html).toContain('<a href="/pages/psf/working-groups/packaging/2020-12-23-pip-team-meeting">2020-12-23 pip team meeting</a>')
  expect(html).toContain('Meeting notes (3)')
})

test('reviewRoutes: a page body renders tables, callouts, code and working internal links', async () => {
  const {html} = await page('/pages/psf/working-groups/packaging/2020-12-23-pip-team-meeting')
  expect(html).toContain('<a href="/pages/psf/working-groups/packaging/2020-12-22-pip-team-meeting" class="internal">the previous meeting</a>')
  expect(html).toMatch(/<table><tr><th><p>Item<\/p><\/th>/)
  expect(html).toContain('<aside class="callout note" role="note"><p class="callout-title">Legacy Wiki Page</p>')
  expect(html).toContain('<pre><code data-language="python">pip install --use-feature=2020-resolver</code></pre>')
  const linked = await page('/pages/psf/working-groups/packaging/2020-12-22-pip-team-meeting')
  expect(linked.status).toBe(200)
})

test('reviewRoutes: the report sorts by any column and links documents and sources', async () => {
  const byFidelity = (await page('/report?sort=fidelity&dir=asc')).html
  expect(byFidelity.indexOf('2020-12-23-pip-team-meeting.md')).toBeLessThan(byFidelity.indexOf('2017-12-04-Warehouse.md'))
  const bySource = (await page('/report?sort=source&dir=asc')).html
  expect(bySource.indexOf('2017-12-04-Warehouse.md')).toBeLessThan(bySource.indexOf('2020-12-23-pip-team-meeting.md'))
  expect(byFidelity).toContain('90.0%')
  expect(byFidelity).toContain(`href="/report/file?path=${encodeURIComponent(NOTE)}"`)
  expect(byFidelity).toContain('<a href="/pages/psf/working-groups/packaging/2020-12-23-pip-team-meeting">2020-12-23 pip team meeting</a>')
})

test('reviewRoutes: a report row side by side: rendered document and escaped source text', async () => {
  const {html} = await page(`/report/file?path=${encodeURIComponent(NOTE)}`)
  expect(html).toContain('<section id="rendered">')
  expect(html).toContain('Attendees: Pradyun, Paul &lt;script&gt;')
  expect(html).toContain('Missing words: resolver')
  expect(html).toContain('unmapped-construct (line 1): warning 0')
})

test.each(['/report/file?path=../../etc/passwd', '/groups/nope', '/pages/nope'])('reviewRoutes: %s is a 404', async (pathname) => {
  const response = await fetch(`${endpoint.url}${pathname}`)
  expect(response.status).toBe(404)
})
