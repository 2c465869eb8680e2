import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {FileReport, ImportReport} from '../../importer/index.ts'
import {chairsQuery, groupBySlugQuery, groupsQuery, meetingNotesQuery, memberListsQuery, pageBySlugQuery, searchQuery} from '../../queries/index.ts'
import type {QueryResult} from '../../queries/QueryResult.ts'
import type {PageBySlugQueryResult} from '../../sanity.types.ts'
import {notFound} from '../HttpError.ts'
import type {RouteTable} from '../router.ts'
import type {DatasetStore} from '../store/createDatasetStore.ts'
import {esc, hrefFor, layout, link} from '../../render/html/html.ts'
import {NOTES_PER_PAGE, renderGroup} from '../../render/html/renderGroup.ts'
import {renderPage} from '../../render/html/renderPage.ts'
import {readSourceFile} from './readSourceFile.ts'

export interface ReviewOptions {
  /** The dataset the site shows (published perspective, through the query library). */
  store: DatasetStore
  /** The importer's report (out/report.json); read on each request so a new import shows at once. */
  reportFile?: string
}

/**
 * The review site: HTML pages rendered from the query library's answers, for the people running
 * the migration. Every page is a GET route, so the table merges with the data API's.
 */
export function reviewRoutes({store, reportFile}: ReviewOptions): RouteTable {
  const fetch = async <Query extends string>(query: Query, params: Record<string, unknown> = {}) => (await store.query(query, params)).result as QueryResult<Query>

  return [
    {
      method: 'GET',
      path: '/',
      handler: async () => {
        const groups = await fetch(groupsQuery)
        const rows = (groups ?? []).map(
          (group) =>
            `<tr><td><a href="${esc(hrefFor({_type: 'workingGroup', slug: group.slug}))}">${esc(group.title)}</a></td>` +
            `<td><span class="status ${esc(group.status)}">${esc(group.status)}</span></td><td>${esc(group.summary)}</td>` +
            `<td>${esc(group.memberCount)}</td></tr>`,
        )
        return html(
          'Working groups',
          `<table id="groups"><tr><th>Group</th><th>Status</th><th>Summary</th><th>Members</th></tr>${rows.join('')}</table>`,
        )
      },
    },
    {
      method: 'GET',
      path: '/groups/*slug',
      handler: async ({params, url}) => {
        const slug = params.slug!
        const group = await fetch(groupBySlugQuery, {slug})
        if (!group) throw notFound(`No working group with slug "${slug}"`)
        const start = Math.max(0, Number(url.searchParams.get('notes') ?? 0) || 0)
        const notes = await fetch(meetingNotesQuery, {slug, start, end: start + NOTES_PER_PAGE})
        return html(group.title ?? slug, renderGroup(group, notes, start))
      },
    },
    {
      method: 'GET',
      path: '/pages/*slug',
      handler: async ({params}) => {
        const page = await fetch(pageBySlugQuery, {slug: params.slug!})
        if (!page) throw notFound(`No page with slug "${params.slug}"`)
        return html(page.title ?? params.slug!, renderPage(page))
      },
    },
    {
      method: 'GET',
      path: '/chairs',
      handler: async () => {
        const groups = await fetch(chairsQuery)
        const rows = groups.map(
          (group) =>
            `<tr><td><a href="${esc(hrefFor({_type: 'workingGroup', slug: group.slug}))}">${esc(group.title)}</a></td>` +
            `<td>${(group.chairs ?? []).map((chair) => `${esc(chair.name)} (${esc(chair.role)})`).join(', ')}</td></tr>`,
        )
        return html('Who chairs what', `<table><tr><th>Group</th><th>Chairs</th></tr>${rows.join('')}</table>`)
      },
    },
    {
      method: 'GET',
      path: '/member-lists',
      handler: async () => {
        const lists = await fetch(memberListsQuery)
        const rows = lists.map(
          (list) =>
            `<tr><td>${link(list.group && {_type: 'workingGroup', ...list.group}, list.group?.title ?? '—')}</td>` +
            `<td>${link({_type: 'memberList', slug: list.slug}, list.title)}</td>` +
            `<td>${(list.entries ?? []).map((entry) => esc(entry.username)).join(', ')}</td></tr>`,
        )
        return html('Member lists', `<table><tr><th>Group</th><th>List</th><th>Usernames</th></tr>${rows.join('')}</table>`)
      },
    },
    {
      method: 'GET',
      path: '/search',
      handler: async ({url}) => {
        const terms = (url.searchParams.get('q') ?? '').trim()
        const hits = terms ? await fetch(searchQuery, {terms, limit: 50}) : []
        const items = hits.map((hit) => `<li>${link(hit, hit.title)} <small>${esc(hit.kind ?? hit._type)} ${esc(hit.date)}</small></li>`)
        return html(`Search: ${terms}`, `<p>${hits.length} results</p><ol id="hits">${items.join('')}</ol>`)
      },
    },
    {
      method: 'GET',
      path: '/report',
      handler: ({url}) => {
        const report = readReport(reportFile)
        return html('Migration report', renderReport(report, store, url.searchParams))
      },
    },
    {
      method: 'GET',
      path: '/report/file',
      handler: async ({url}) => {
        const report = readReport(reportFile)
        const sourcePath = url.searchParams.get('path') ?? ''
        const row = report.files.find((file) => file.sourcePath === sourcePath)
        if (!row) throw notFound(`The report has no source file "${sourcePath}"`)
        const doc = row.documentId ? store.getDocument(row.documentId, 'published') : undefined
        const slug = (doc?.slug as {current?: string} | undefined)?.current
        const page = slug ? await fetch(pageBySlugQuery, {slug}) : null
        const source = readSourceFile(report.wikiRoot, sourcePath)
        return html(sourcePath, renderSideBySide(row, page, source))
      },
    },
  ]
}

const html = (title: string, main: string) => ({html: layout(title, main)})

function readReport(reportFile: string | undefined): ImportReport {
  if (!reportFile || !existsSync(reportFile)) throw notFound(`No migration report at ${reportFile ?? '(none given)'}; run npm run import`)
  return JSON.parse(readFileSync(reportFile, 'utf8')) as ImportReport
}

type Column = {key: string; title: string; value: (row: FileReport) => string | number}
const COLUMNS: Column[] = [
  {key: 'source', title: 'Source file', value: (row) => row.sourcePath},
  {key: 'status', title: 'Status', value: (row) => row.status},
  {key: 'type', title: 'Type', value: (row) => row.type ?? ''},
  {key: 'warnings', title: 'Warnings', value: (row) => row.warnings.length},
  {key: 'fidelity', title: 'Text fidelity', value: (row) => row.fidelity?.score ?? -1},
]

function renderReport(report: ImportReport, store: DatasetStore, search: URLSearchParams): string {
  const column = COLUMNS.find((c) => c.key === search.get('sort')) ?? COLUMNS[0]!
  const direction = search.get('dir') === 'desc' ? -1 : 1
  const rows = [...report.files].sort((a, b) => {
    const [x, y] = [column.value(a), column.value(b)]
    return direction * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)))
  })
  const header = COLUMNS.map((c) => {
    const dir = c === column && direction === 1 ? 'desc' : 'asc'
    const mark = c === column ? (direction === 1 ? ' ▲' : ' ▼') : ''
    return `<th><a href="/report?sort=${c.key}&amp;dir=${dir}">${esc(c.title)}${mark}</a></th>`
  })
  const body = rows.map((row) => {
    const doc = row.documentId ? store.getDocument(row.documentId, 'published') : undefined
    const slug = (doc?.slug as {current?: string} | undefined)?.current
    const rendered = doc ? link({_type: doc._type, slug}, doc.title ?? row.documentId) : esc(row.documentId ?? '—')
    const score = row.fidelity?.score
    const warnings = row.warnings.map((w) => `${w.code}${w.line ? `:${w.line}` : ''}: ${w.message}`).join('\n')
    return (
      `<tr><td><a href="/report/file?path=${encodeURIComponent(row.sourcePath)}">${esc(row.sourcePath)}</a></td>` +
      `<td>${esc(row.status)}</td><td>${esc(row.type)}</td>` +
      `<td title="${esc(warnings)}">${row.warnings.length}</td>` +
      `<td class="${score !== undefined && score < 0.995 ? 'low' : ''}">${score === undefined ? '—' : (score * 100).toFixed(1) + '%'}</td>` +
      `<td>${rendered}</td></tr>`
    )
  })
  const s = report.summary
  return (
    `<p>${esc(s.files)} files · ${esc(s.imported)} imported · ${esc(s.invalid)} invalid · ${esc(s.failed)} failed · ` +
    `${esc(s.warnings)} warnings · mean fidelity ${(s.fidelity.mean * 100).toFixed(2)}%</p>` +
    `<table id="report"><tr>${header.join('')}<th>Document</th></tr>${body.join('')}</table>`
  )
}

function renderSideBySide(row: FileReport, page: PageBySlugQueryResult, source: string | undefined): string {
  const warnings = row.warnings.map((w) => `<li>${esc(w.code)}${w.line ? ` (line ${w.line})` : ''}: ${esc(w.message)}</li>`)
  const errors = row.errors.map((e) => `<li>${esc(e.stage)}/${esc(e.code)}: ${esc(e.message)}</li>`)
  const missing = row.fidelity?.missing?.length ? `<p>Missing words: ${esc(row.fidelity.missing.join(', '))}</p>` : ''
  return (
    `<p>${esc(row.status)} · ${esc(row.type)} · fidelity ${row.fidelity ? (row.fidelity.score * 100).toFixed(1) + '%' : '—'}` +
    (page ? ` · ${link(page, 'open the rendered document')}` : '') +
    `</p>${missing}<ul id="warnings">${errors.join('')}${warnings.join('')}</ul>` +
    `<div class="side-by-side"><section id="rendered"><h2>Rendered</h2>${page ? renderPage(page) : '<p>No document.</p>'}</section>` +
    `<section id="source"><h2>Source</h2><pre class="source">${esc(source ?? '(source file not found)')}</pre></section></div>`
  )
}
