import type {ImportedDocument} from '../importer/index.ts'
import {buildContentWrite} from './buildContentWrite.ts'
import {buildDeleteWrites} from './buildDeleteWrites.ts'
import {buildReferenceFixes} from './buildReferenceFixes.ts'
import {commitWrites} from './commitWrites.ts'
import type {LakeClient} from './createLakeClient.ts'
import {desiredDocuments} from './desiredDocuments.ts'
import {packWrites} from './packWrites.ts'
import {planMissing} from './planMissing.ts'
import {planPush} from './planPush.ts'
import {planReport} from './planReport.ts'
import {prepareAttachments} from './prepareAttachments.ts'
import {readDataset} from './readDataset.ts'
import {readMissing} from './readMissing.ts'
import type {PlanEntry, PushFailure, PushLimits, PushReport, PushScope} from './types.ts'

export interface PushDocumentsOptions {
  /** Write; without it the push only reads the dataset and plans. */
  commit: boolean
  /** Replace documents an editor changed (they are skipped otherwise). */
  overwriteEdited: boolean
  /** Delete the documents the source no longer has (see planMissing.ts); needs `scope`. */
  deleteMissing?: boolean
  /** The part of the wiki this run imported; without it documents the source lost are not looked for. */
  scope?: PushScope
  limits: PushLimits
  /** Only used to keep the token out of messages. */
  token?: string
}

/**
 * The push, in order: hash the attachments and look them up in the dataset, uploading the missing
 * ones (commit only); resolve attachments to asset references and stamp each document with its
 * import hash; read the dataset and plan; write creates and updates in transactions, references
 * to documents not yet in the dataset made weak; then make those references strong; then, with
 * `deleteMissing`, delete the documents the source no longer has. Each step is its own module;
 * this function only hands one's output to the next. Every step adds its failures to the report's.
 */
export async function pushDocuments(documents: readonly ImportedDocument[], lake: LakeClient, options: PushDocumentsOptions): Promise<{report: PushReport; plan: PlanEntry[]}> {
  const started = Date.now()
  const failures: PushFailure[] = []

  const attachments = await prepareAttachments(documents, lake, options, failures)
  const desired = desiredDocuments(documents, attachments, failures)
  const state = await readDataset(desired.map((document) => document._id), lake)
  const plan = planPush(desired, state, options.overwriteEdited)
  const existing = new Set([...state.documents.keys(), ...attachments.assetIds.values()])

  // Documents the importer wrote from the run's folders that the source no longer makes.
  const replaced = new Set(plan.filter((entry) => entry.action !== 'edited').map((entry) => entry.id))
  const gone = options.scope
    ? planMissing(await readMissing(options.scope, new Set(documents.map((document) => document._id)), lake), documents, replaced, options.overwriteEdited)
    : []
  const deleteMissing = options.deleteMissing === true && options.scope !== undefined

  const created = plan.filter((entry) => entry.action === 'create').map((entry) => entry.id)
  const referencesToFix = buildReferenceFixes(plan, new Map(), new Set([...existing, ...created])).writes.length
  const report = planReport({plan, gone, attachments, referencesToFix, failures}, lake, {...options, missingChecked: options.scope !== undefined, deleteMissing})
  if (!options.commit) return finish(report, plan, started)

  const maxBytes = options.limits.maxTransactionBytes
  const commitOptions = {token: options.token, guardDrafts: !options.overwriteEdited}

  // Content: creates and updates, references to documents not yet in the dataset made weak.
  const contentWrites = plan.filter((entry) => entry.action === 'create' || entry.action === 'update').map((entry) => buildContentWrite(entry, existing))
  const content = await commitWrites(packWrites(contentWrites, maxBytes, failures), lake, commitOptions)
  failures.push(...content.failures)
  report.written = [...content.written.keys()].sort()

  // References: strong again wherever the target now exists.
  const fixes = buildReferenceFixes(plan, content.written, new Set([...existing, ...content.written.keys()]))
  const fixed = await commitWrites(packWrites(fixes.writes, maxBytes, failures), lake, commitOptions)
  failures.push(...fixed.failures)
  report.referencesFixed = fixed.written.size
  for (const [id, targets] of fixes.dangling) {
    failures.push({ids: [id], code: 'dangling-reference', message: `left weak: ${[...new Set(targets)].join(', ')} not in the dataset`})
  }

  // Deletes: last, once the run's documents no longer reference them.
  if (deleteMissing) {
    const deletes = buildDeleteWrites(gone, plan, content.written, failures)
    const removed = await commitWrites(packWrites(deletes, maxBytes, failures), lake, commitOptions)
    failures.push(...removed.failures)
    report.deleted = removed.deleted.sort()
  }
  return finish(report, plan, started)
}

function finish(report: PushReport, plan: PlanEntry[], started: number) {
  report.durationMs = Date.now() - started
  report.requests = {...report.requests}
  return {report, plan}
}
