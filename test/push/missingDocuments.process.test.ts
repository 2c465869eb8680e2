import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {withImportHash} from '../../dataset/withImportHash.ts'
import type {PushScope} from '../../push/types.ts'
import type {ImportedDocument} from '../../importer/types.ts'
import {FAKE_TOKEN, pushTo} from '../support/contentLake/pushTo.ts'
import {sampleDocuments} from '../support/contentLake/sampleDocuments.ts'
import {startContentLake, type ContentLake} from '../support/contentLake/startContentLake.ts'

/**
 * Documents the source no longer has, against the local Content Lake: the sample ring of 40 pages
 * (`psf/working-groups/PageN.md`, each linking to the next) is pushed, then the source shrinks to
 * 38 pages (the ring closes at page 37, so pages 38 and 39 are gone and nothing of the run links
 * to them). The run imported `psf/working-groups`; documents from other folders of the same wiki
 * sit in the dataset too, and must never be listed.
 */

const WIKI = '/wiki'
const SCOPE: PushScope = {sources: [path.join(WIKI, 'psf/working-groups')], wikiRoot: WIKI}
const GONE = ['wiki-page-38', 'wiki-page-39']

/** Imported documents from folders this run did not import (one whose name only starts alike). */
const OUTSIDE = ['psf/other/Elsewhere.md', 'psf/working-groups-old/Old.md', 'python/Page.md'].map((sourcePath, index) =>
  withImportHash({
    _id: `wiki-outside-${index}`,
    _type: 'legacyPage',
    title: `Outside ${index}`,
    slug: {_type: 'slug', current: `outside-${index}`},
    kind: 'legacy',
    body: [],
    provenance: {_type: 'provenance', sourcePath},
  } as unknown as ImportedDocument),
)

let lake: ContentLake
let dir: string
let before: ImportedDocument[]
let after: ImportedDocument[]

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'push-missing-'))
  const attachmentsDir = path.join(dir, 'attachments')
  before = sampleDocuments({count: 40, attachmentsDir})
  after = sampleDocuments({count: 38, attachmentsDir})
  lake = await startContentLake({token: FAKE_TOKEN, documents: OUTSIDE})
  const first = await pushTo(lake, before)
  expect(first.report?.failures).toEqual([])
  lake.reset()
})
afterEach(async () => {
  await lake.close()
  rmSync(dir, {recursive: true, force: true})
})

const has = (id: string) => lake.dataset.documents().has(id)
const mutates = () => lake.requests.filter((request) => request.route === 'mutate')

test('missing documents: a dry run lists them as in the dataset, not in the source, and writes nothing', async () => {
  const outcome = await pushTo(lake, after, {commit: false, scope: SCOPE})
  expect(outcome.exitCode).toBe(0)
  expect(outcome.report?.missing).toEqual([
    {id: 'wiki-page-38', sourcePath: 'psf/working-groups/Page38.md', action: 'delete'},
    {id: 'wiki-page-39', sourcePath: 'psf/working-groups/Page39.md', action: 'delete'},
  ])
  const text = outcome.lines.join('\n')
  expect(text).toContain('in the dataset, not in the source: 2 (--delete-missing to delete them)')
  expect(text).toContain('wiki-page-38 (psf/working-groups/Page38.md)')
  expect(mutates()).toEqual([])

  // With the flag, the dry run says what it would delete, and still deletes nothing.
  const planned = await pushTo(lake, after, {commit: false, scope: SCOPE, deleteMissing: true})
  expect(planned.lines.join('\n')).toContain('in the dataset, not in the source: 2, to delete: 2')
  expect(mutates()).toEqual([])
  for (const id of GONE) expect(has(id)).toBe(true)
})

test('missing documents: documents outside the run\'s source folders are never listed, nor deleted', async () => {
  const outcome = await pushTo(lake, after, {scope: SCOPE, deleteMissing: true})
  expect(outcome.report?.missing.map((entry) => entry.id)).toEqual(GONE)
  for (const {_id} of OUTSIDE) expect(has(_id)).toBe(true)
  expect(outcome.lines.join('\n')).not.toContain('wiki-outside')

  // Importing the whole `psf/` folder brings two of them into scope; `python/` stays out.
  const wider = await pushTo(lake, after, {commit: false, scope: {sources: [path.join(WIKI, 'psf')], wikiRoot: WIKI}})
  expect(wider.report?.missing.map((entry) => entry.id)).toEqual(['wiki-outside-0', 'wiki-outside-1'])
})

test('missing documents: --delete-missing --commit deletes them, each conditional on its revision; a re-run lists none', async () => {
  const outcome = await pushTo(lake, after, {scope: SCOPE, deleteMissing: true})
  expect(outcome.report?.failures).toEqual([])
  expect(outcome.exitCode).toBe(0)
  expect(outcome.report?.deleted).toEqual(GONE)
  expect(outcome.lines.join('\n')).toContain('deleted: 2 documents the source no longer has')
  for (const id of GONE) expect(has(id)).toBe(false)
  for (const doc of after) expect(has(doc._id)).toBe(true)

  // The delete transaction: the revision lock on the revision the plan read, then the delete.
  const deletes = lake.dataset.log.filter((entry) => entry.results.some((result) => result.operation === 'delete'))
  expect(deletes.flatMap((entry) => entry.results)).toEqual(
    GONE.flatMap((id) => [
      {id, operation: 'update', kind: 'references'},
      {id, operation: 'delete', kind: 'content'},
    ]),
  )
  for (const request of mutates()) expect(request.url).toContain('visibility=async')

  lake.reset()
  const again = await pushTo(lake, after, {scope: SCOPE, deleteMissing: true})
  expect(again.report?.missing).toEqual([])
  expect(mutates()).toEqual([])
})

test('missing documents: one an editor changes during the run (after the plan, before the delete) is not deleted', async () => {
  // The run's transactions: the update of page 37 (its link now closes the ring), then the deletes.
  lake.inject = ({route, index}) =>
    route === 'mutate' && index === 2 ? {beforeHandling: () => void lake.dataset.commit([{patch: {id: 'wiki-page-39', set: {title: 'Edited meanwhile'}}}])} : undefined
  const outcome = await pushTo(lake, after, {scope: SCOPE, deleteMissing: true})
  expect(outcome.exitCode).toBe(1)
  expect(outcome.report?.deleted).toEqual([])
  expect(outcome.report?.failures).toEqual([
    expect.objectContaining({ids: ['wiki-page-38'], code: 'not-deleted', statusCode: 409}),
    expect.objectContaining({ids: ['wiki-page-39'], code: 'conflict', statusCode: 409}),
  ])
  expect(lake.dataset.documents().get('wiki-page-39')!.title).toBe('Edited meanwhile')

  lake.inject = undefined
  const next = await pushTo(lake, after, {scope: SCOPE, deleteMissing: true})
  expect(next.report?.deleted).toEqual(['wiki-page-38'])
  expect(next.report?.missing.find((entry) => entry.id === 'wiki-page-39')).toMatchObject({action: 'edited', reason: 'changed-since-import'})
})

test.each([
  ['changed since the last import', 'changed-since-import', () => lake.dataset.commit([{patch: {id: 'wiki-page-39', set: {title: 'Kept by an editor'}}}])],
  ['has a draft', 'draft', () => lake.dataset.commit([{create: {...lake.dataset.documents().get('wiki-page-39')!, _id: 'drafts.wiki-page-39', title: 'A draft'}}])],
])('missing documents: one an editor changed (%s) is kept and reported; --overwrite-edited deletes it', async (label, reason, edit) => {
  edit()
  const outcome = await pushTo(lake, after, {scope: SCOPE, deleteMissing: true})
  expect(outcome.exitCode).toBe(0)
  expect(outcome.report?.missing).toEqual([
    {id: 'wiki-page-38', sourcePath: 'psf/working-groups/Page38.md', action: 'delete'},
    {id: 'wiki-page-39', sourcePath: 'psf/working-groups/Page39.md', action: 'edited', reason},
  ])
  expect(outcome.lines.join('\n')).toContain(`wiki-page-39 (psf/working-groups/Page39.md) — kept: ${label} (--overwrite-edited to delete it)`)
  expect(has('wiki-page-38')).toBe(false)
  expect(has('wiki-page-39')).toBe(true)

  const forced = await pushTo(lake, after, {scope: SCOPE, deleteMissing: true, overwriteEdited: true})
  expect(forced.report?.failures).toEqual([])
  expect(forced.report?.deleted).toEqual(['wiki-page-39'])
  expect(has('wiki-page-39')).toBe(false)
})

test('missing documents: one a document of this run still references is kept and reported, and so is what it references', async () => {
  // Pages 38 and 39 dropped from the source, but page 37 still links to page 38 (which links to 39).
  const linked = before.slice(0, 38)
  const outcome = await pushTo(lake, linked, {scope: SCOPE, deleteMissing: true})
  expect(outcome.exitCode).toBe(0)
  expect(outcome.report?.missing).toEqual([
    {id: 'wiki-page-38', sourcePath: 'psf/working-groups/Page38.md', action: 'referenced', referencedBy: ['wiki-page-37']},
    {id: 'wiki-page-39', sourcePath: 'psf/working-groups/Page39.md', action: 'referenced', referencedBy: ['wiki-page-38']},
  ])
  expect(outcome.lines.join('\n')).toContain('wiki-page-38 (psf/working-groups/Page38.md) — kept: still referenced by wiki-page-37')
  expect(mutates()).toEqual([])
  for (const id of GONE) expect(has(id)).toBe(true)
})

test('missing documents: one referenced from elsewhere in the dataset (an editor\'s document) is kept', async () => {
  lake.dataset.commit([{create: {_id: 'editor-note', _type: 'note', about: {_type: 'reference', _ref: 'wiki-page-39'}}}])
  const outcome = await pushTo(lake, after, {scope: SCOPE, deleteMissing: true})
  expect(outcome.report?.failures).toEqual([])
  expect(outcome.report?.missing.find((entry) => entry.id === 'wiki-page-39')).toMatchObject({action: 'referenced', referencedBy: ['editor-note']})
  expect(outcome.report?.deleted).toEqual(['wiki-page-38'])
  expect(has('wiki-page-39')).toBe(true)
})

test('missing documents: a page the run read but could not import keeps its document', async () => {
  const scope = {...SCOPE, files: [{sourcePath: 'psf/working-groups/Page39.md', status: 'invalid'}]}
  const outcome = await pushTo(lake, after, {commit: false, scope})
  expect(outcome.report?.missing.map((entry) => entry.id)).toEqual(['wiki-page-38'])
})

test('missing documents: --delete-missing without the run\'s source folders does not start', async () => {
  const outcome = await pushTo(lake, after, {deleteMissing: true})
  expect(outcome.exitCode).toBe(2)
  expect(outcome.lines.join('\n')).toContain('--delete-missing needs the source folders')
  expect(lake.requests).toEqual([])
})

test('missing documents: npm run import passes the run\'s source folders, so its dry run lists them', async () => {
  const sample = path.resolve('sample/wiki/psf/working-groups')
  const orphan = (id: string, sourcePath: string) =>
    withImportHash({...OUTSIDE[0]!, _id: id, provenance: {_type: 'provenance', sourcePath}} as ImportedDocument)
  lake.dataset.commit([{create: orphan('wiki-gone', 'psf/working-groups/Gone.md')}, {create: orphan('wiki-people', 'people/Someone.md')}])
  const {stdout, code} = await new Promise<{stdout: string; code: number | null}>((resolve) => {
    const child = spawn(
      process.execPath,
      ['importer/cli.ts', '--source', sample, '--out', path.join(dir, 'dataset.ndjson'), '--report', path.join(dir, 'report.json'),
        '--project', lake.projectId, '--dataset', lake.dataset.name, '--api-host', lake.url],
      {env: {...process.env, SANITY_API_WRITE_TOKEN: FAKE_TOKEN, NODE_OPTIONS: ''}, stdio: ['ignore', 'pipe', 'inherit']},
    )
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('exit', (exitCode) => resolve({stdout: out, code: exitCode}))
  })
  expect(code).toBe(0)
  // The sample imports `psf/working-groups`: the ring's pages were written from there too.
  expect(stdout).toContain('wiki-gone (psf/working-groups/Gone.md)')
  expect(stdout).toContain('wiki-page-0 (psf/working-groups/Page0.md)')
  expect(stdout).not.toContain('wiki-people')
  expect(stdout).not.toContain('wiki-outside')
  expect(mutates()).toEqual([])
})
