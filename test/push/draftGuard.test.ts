import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {ImportedDocument} from '../../importer/types.ts'
import type {LakeRequest} from '../support/contentLake/faults.ts'
import {FAKE_TOKEN, pushTo} from '../support/contentLake/pushTo.ts'
import {sampleDocuments} from '../support/contentLake/sampleDocuments.ts'
import {startContentLake, type ContentLake} from '../support/contentLake/startContentLake.ts'

/**
 * A draft an editor creates while the push runs, against the local Content Lake. `ifRevisionID`
 * guards only the published document, so the push reads the drafts of each transaction's
 * documents right before sending it. The server's hook creates the draft after the plan was made
 * and before that check (the check sees it), or inside the last round trip (it cannot).
 */

let lake: ContentLake
let dir: string
let documents: ImportedDocument[]

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'push-drafts-'))
  documents = sampleDocuments({count: 40, bodyBlocks: 4, attachmentsDir: path.join(dir, 'attachments')})
  lake = await startContentLake({token: FAKE_TOKEN})
  expect((await pushTo(lake, documents)).report?.failures).toEqual([])
  documents = documents.map((doc) => ({...doc, title: `${doc.title} (revised)`}))
  lake.reset()
})
afterEach(async () => {
  await lake.close()
  rmSync(dir, {recursive: true, force: true})
})

/** Whether a request is the push's draft check: a doc request for drafts only (the plan reads each id with its draft). */
const isDraftCheck = ({route, url}: LakeRequest) => {
  if (route !== 'doc') return false
  const ids = decodeURIComponent(url.split('?')[0]!.split('/').pop()!).split(',')
  return ids.every((id) => id.startsWith('drafts.'))
}

const draftOf = (id: string) => ({...lake.dataset.documents().get(id)!, _id: `drafts.${id}`, title: 'An editor\'s draft'})
const published = (id: string) => lake.dataset.documents().get(id)!

test('draft guard: a draft created after the plan stops the overwrite of its published document, and is reported', async () => {
  const victim = documents[7]!._id
  let created = false
  lake.inject = (request) =>
    isDraftCheck(request) && !created ? {beforeHandling: () => void ((created = true), lake.dataset.commit([{create: draftOf(victim)}]))} : undefined

  const outcome = await pushTo(lake, documents)
  expect(created).toBe(true)
  expect(outcome.exitCode).toBe(1)
  // Planned as an update (no draft when the plan read the dataset), then left alone.
  expect(outcome.report?.plan).toMatchObject({update: 40, edited: 0})
  expect(outcome.report?.failures).toEqual([expect.objectContaining({ids: [victim], code: 'draft-created'})])
  expect(outcome.lines.join('\n')).toContain(`${victim}: draft-created: an editor created a draft during the push; the published document was left as it is`)
  expect(published(victim).title).toBe('Page 7')
  expect(lake.dataset.documents().get(`drafts.${victim}`)!.title).toBe('An editor\'s draft')
  expect(outcome.report?.written).toHaveLength(39)
  // Every transaction was preceded by its check; the one that found the draft sent nothing, and
  // the rest of its transaction went again, checked again.
  const checks = lake.requests.filter((request) => isDraftCheck({route: request.route, index: 0, url: request.url}))
  expect(checks.length).toBe(lake.requests.filter((request) => request.route === 'mutate').length + 1)

  // The next run sees the draft in its plan.
  lake.inject = undefined
  const next = await pushTo(lake, documents)
  expect(next.exitCode).toBe(0)
  expect(next.report?.edited).toEqual([{id: victim, reason: 'draft'}])
})

test('draft guard: the window left is one round trip — a draft created after the check is not seen, but survives and the next run reports it', async () => {
  // Drafts for every document, created while the first transaction is on its way (after its check).
  lake.inject = ({route, index}) =>
    route === 'mutate' && index === 1 ? {beforeHandling: () => void lake.dataset.commit(documents.map((doc) => ({create: draftOf(doc._id)})))} : undefined
  const outcome = await pushTo(lake, documents)
  const report = outcome.report!
  expect(outcome.lines.join('\n')).toContain('one created in the round trip between that check and the write is not seen')
  // The transactions already checked went through; every later one found the drafts.
  expect(report.written.length).toBeGreaterThan(0)
  const refused = report.failures.filter((failure) => failure.code === 'draft-created').flatMap((failure) => failure.ids)
  expect(refused.length).toBeGreaterThan(0)
  expect(new Set([...report.written, ...refused])).toEqual(new Set(documents.map((doc) => doc._id)))
  for (const id of refused) expect(published(id).title).not.toContain('(revised)')
  for (const doc of documents) expect(lake.dataset.documents().get(`drafts.${doc._id}`)!.title).toBe('An editor\'s draft')

  lake.inject = undefined
  const next = await pushTo(lake, documents, {commit: false})
  expect(next.report?.plan).toMatchObject({edited: 40})
})

test('draft guard: --overwrite-edited does not check (it overwrites under drafts by design)', async () => {
  await pushTo(lake, documents, {overwriteEdited: true})
  expect(lake.requests.filter((request) => isDraftCheck({route: request.route, index: 0, url: request.url}))).toEqual([])
})
