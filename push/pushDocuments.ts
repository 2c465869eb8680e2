import type {ImportedDocument} from '../importer/types.ts'
import {buildContentWrite} from './buildContentWrite.ts'
import {buildDeleteWrite} from './buildDeleteWrite.ts'
import {buildReferenceFix} from './buildReferenceFix.ts'
import {commitWrites} from './commitWrites.ts'
import type {LakeClient} from './createLakeClient.ts'
import type {DocumentWrite} from './DocumentWrite.ts'
import {findAttachments} from '../dataset/findAttachments.ts'
import {findReferences} from '../dataset/findReferences.ts'
import {hashAttachments} from '../dataset/hashAttachments.ts'
import {packTransactions} from './packTransactions.ts'
import {planMissing} from './planMissing.ts'
import {planPush} from './planPush.ts'
import {readDataset, readFileAssets} from './readDataset.ts'
import {readMissing} from './readMissing.ts'
import {resolveAttachments} from '../dataset/resolveAttachments.ts'
import {splitOversized} from './splitOversized.ts'
import type {MissingEntry, PlanEntry, PushFailure, PushLimits, PushReport, PushScope} from './types.ts'
import {uploadAttachments} from './uploadAttachments.ts'
import {withImportHash} from '../dataset/withImportHash.ts'

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
 * The push, in order: hash the attachments and look them up in the dataset; upload the missing
 * ones (commit only); resolve attachments to asset references and stamp each document with its
 * import hash; read the dataset and plan; write creates and updates in transactions, references
 * to documents not yet in the dataset made weak; then make those references strong; then, with
 * `deleteMissing`, delete the documents the source no longer has. Each step is its own module;
 * this function only hands one's output to the next.
 */
export async function pushDocuments(documents: readonly ImportedDocument[], lake: LakeClient, options: PushDocumentsOptions): Promise<{report: PushReport; plan: PlanEntry[]}> {
  const started = Date.now()
  const failures: PushFailure[] = []

  // Attachments: hashed locally, looked up by SHA-1, uploaded when missing.
  const {files, missing} = hashAttachments(findAttachments(documents))
  const existingAssets = await readFileAssets(files.map((file) => file.sha1), lake)
  let assetIds = new Map(files.map((file) => [file.path, existingAssets.get(file.sha1) ?? file.predictedId]))
  let uploads = {uploaded: 0, reused: files.filter((file) => existingAssets.has(file.sha1)).length}
  if (options.commit && files.length > 0) {
    const result = await uploadAttachments(files, existingAssets, lake, options.token)
    assetIds = result.assetIds
    uploads = result
    failures.push(...result.failures)
  }

  // The documents as the dataset should hold them; those whose files did not upload wait for the next run.
  const desired: ImportedDocument[] = []
  for (const document of documents) {
    const {document: resolved, unresolved} = resolveAttachments(document, assetIds)
    if (unresolved.length > 0) {
      const why = unresolved.map((file) => (missing.includes(file) ? `${file} (cannot read)` : `${file} (not uploaded)`)).join(', ')
      failures.push({ids: [document._id], code: 'attachment-missing', message: `not written: attachments missing: ${why}`})
      continue
    }
    desired.push(withImportHash(resolved))
  }

  const state = await readDataset(desired.map((document) => document._id), lake)
  const plan = planPush(desired, state, options.overwriteEdited)
  const existing = new Set([...state.documents.keys(), ...assetIds.values()])

  // Documents the importer wrote from the run's folders that the source no longer makes.
  const replaced = new Set(plan.filter((entry) => entry.action !== 'edited').map((entry) => entry.id))
  const gone: MissingEntry[] = options.scope
    ? planMissing(await readMissing(options.scope, new Set(documents.map((document) => document._id)), lake), documents, replaced, options.overwriteEdited)
    : []
  const deleteMissing = options.deleteMissing === true && options.scope !== undefined

  // Reference fixes needed on documents that are otherwise unchanged (a run cut short after writing them).
  const fixesForUnchanged = (written: ReadonlySet<string>) =>
    plan
      .filter((entry) => entry.action === 'unchanged')
      .map((entry) => buildReferenceFix(entry.current!, entry.baseRev!, entry.desired, new Set([...existing, ...written])))
  const report: PushReport = {
    dryRun: !options.commit,
    plan: {
      create: count(plan, 'create'),
      update: count(plan, 'update'),
      unchanged: count(plan, 'unchanged'),
      edited: count(plan, 'edited'),
      referencesToFix: fixesForUnchanged(new Set(plan.filter((entry) => entry.action === 'create').map((entry) => entry.id))).filter((fix) => fix.write).length,
      missing: gone.length,
      toDelete: deleteMissing ? gone.filter((entry) => entry.action === 'delete').length : 0,
    },
    missingChecked: options.scope !== undefined,
    deleteMissing,
    missing: gone.map(({baseRev, ...entry}) => entry),
    deleted: [],
    draftGuard: !options.overwriteEdited,
    edited: plan.filter((entry) => entry.action === 'edited').map((entry) => ({id: entry.id, reason: entry.reason!})),
    overwritten: plan.filter((entry) => entry.action === 'update' && entry.reason).map((entry) => entry.id),
    written: [],
    referencesFixed: 0,
    assetsUploaded: uploads.uploaded,
    assetsReused: uploads.reused,
    failures,
    requests: lake.counters,
    durationMs: 0,
  }
  if (!options.commit) return finish(report, plan, started)

  // Content: creates and updates, references to documents not yet in the dataset made weak.
  const contentWrites: DocumentWrite[] = []
  for (const entry of plan) {
    if (entry.action !== 'create' && entry.action !== 'update') continue
    contentWrites.push(buildContentWrite(entry, existing))
  }
  const commitOptions = {token: options.token, guardDrafts: !options.overwriteEdited}
  const content = await commitWrites(pack(contentWrites, options.limits.maxTransactionBytes, failures), lake, commitOptions)
  failures.push(...content.failures)
  report.written = [...content.written.keys()].sort()

  // References: strong again wherever the target now exists.
  const nowExisting = new Set([...existing, ...content.written.keys()])
  const fixes: DocumentWrite[] = []
  const dangling = new Map<string, string[]>()
  const addFix = (id: string, fix: ReturnType<typeof buildReferenceFix>) => {
    if (fix.write) fixes.push(fix.write)
    if (fix.dangling.length > 0) dangling.set(id, fix.dangling)
  }
  for (const [id, {rev, document}] of content.written) {
    const entry = plan.find((candidate) => candidate.id === id)!
    addFix(id, buildReferenceFix(document, rev, entry.desired, nowExisting))
  }
  for (const entry of plan.filter((candidate) => candidate.action === 'unchanged')) {
    addFix(entry.id, buildReferenceFix(entry.current!, entry.baseRev!, entry.desired, nowExisting))
  }
  const fixed = await commitWrites(pack(fixes, options.limits.maxTransactionBytes, failures), lake, commitOptions)
  failures.push(...fixed.failures)
  report.referencesFixed = fixed.written.size
  for (const [id, targets] of dangling) {
    failures.push({ids: [id], code: 'dangling-reference', message: `left weak: ${[...new Set(targets)].join(', ')} not in the dataset`})
  }

  // Deletes: last, once the run's documents no longer reference them. A document whose write
  // failed still holds its old references, so what it references stays.
  if (deleteMissing) {
    const stillReferenced = new Map<string, string[]>()
    for (const entry of plan) {
      if ((entry.action !== 'create' && entry.action !== 'update') || content.written.has(entry.id) || !entry.current) continue
      for (const {ref} of findReferences(entry.current)) stillReferenced.set(ref._ref, [...(stillReferenced.get(ref._ref) ?? []), entry.id])
    }
    const deletes: DocumentWrite[] = []
    for (const entry of gone.filter((candidate) => candidate.action === 'delete')) {
      const by = stillReferenced.get(entry.id)
      if (by) failures.push({ids: [entry.id], code: 'not-deleted', message: `not deleted: still referenced by ${by.join(', ')}, whose write failed`})
      else deletes.push(buildDeleteWrite(entry))
    }
    const removed = await commitWrites(pack(deletes, options.limits.maxTransactionBytes, failures), lake, commitOptions)
    failures.push(...removed.failures)
    report.deleted = removed.deleted.sort()
  }
  return finish(report, plan, started)
}

/** Packs writes into transactions; oversized documents become chains, unsplittable ones failures. */
function pack(writes: DocumentWrite[], maxBytes: number, failures: PushFailure[]): DocumentWrite[][] {
  const {batches, oversized} = packTransactions(writes, maxBytes)
  for (const write of oversized) {
    const chain = splitOversized(write, maxBytes)
    if (chain) batches.push([chain])
    else failures.push({ids: [write.id], code: 'too-large', message: `not written: larger than ${maxBytes} bytes and cannot be split`})
  }
  return batches
}

function count(plan: readonly PlanEntry[], action: PlanEntry['action']): number {
  return plan.filter((entry) => entry.action === action).length
}

function finish(report: PushReport, plan: PlanEntry[], started: number) {
  report.durationMs = Date.now() - started
  report.requests = {...report.requests}
  return {report, plan}
}
