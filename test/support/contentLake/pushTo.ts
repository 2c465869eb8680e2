import type {ImportedDocument} from '../../../importer/types.ts'
import {runPush, type PushOutcome} from '../../../push/runPush.ts'
import type {PushLimits, PushScope} from '../../../push/types.ts'
import {withImportHash} from '../../../dataset/withImportHash.ts'
import {resolveAttachments} from '../../../dataset/resolveAttachments.ts'
import {findAttachments} from '../../../dataset/findAttachments.ts'
import {hashAttachments} from '../../../dataset/hashAttachments.ts'
import type {ContentLake} from './startContentLake.ts'

/** A recognisable fake token: tests assert it appears nowhere but in the Authorization header. */
export const FAKE_TOKEN = 'skFAKEtoken-9f8e7d6c5b4a-DO-NOT-PRINT'

/** Scaled-down limits so the contract tests exercise batching, the gate and retries in well under a second. */
export const TEST_LIMITS: PushLimits = {
  maxTransactionBytes: 8 * 1024,
  maxInFlight: 3,
  maxMutationsPerWindow: 8,
  rateWindowMs: 250,
  maxUploadsInFlight: 2,
  maxAttempts: 5,
  baseDelayMs: 20,
  maxDelayMs: 200,
  timeoutMs: 3000,
}

/** Runs the push as the CLI does, against the local lake, with the fake token in a private environment; TEST_LIMITS unless `realLimits`. */
export function pushTo(
  lake: ContentLake,
  documents: readonly ImportedDocument[],
  options: {
    commit?: boolean
    overwriteEdited?: boolean
    deleteMissing?: boolean
    scope?: PushScope
    limits?: Partial<PushLimits>
    token?: string
    realLimits?: boolean
  } = {},
): Promise<PushOutcome> {
  return runPush(
    documents,
    {
      project: lake.projectId,
      dataset: lake.dataset.name,
      commit: options.commit ?? true,
      'overwrite-edited': options.overwriteEdited ?? false,
      'delete-missing': options.deleteMissing ?? false,
      'api-host': lake.url,
      'api-version': '2025-02-19',
    },
    {
      scope: options.scope,
      limits: options.realLimits ? options.limits : {...TEST_LIMITS, ...options.limits},
      env: {SANITY_API_WRITE_TOKEN: options.token ?? FAKE_TOKEN},
    },
  )
}

/** The documents as the dataset should hold them after a complete push: attachments as asset references, hash stamped. */
export function expectedDocuments(documents: readonly ImportedDocument[]): Map<string, Record<string, unknown>> {
  const {files} = hashAttachments(findAttachments(documents))
  const assetIds = new Map(files.map((file) => [file.path, file.predictedId]))
  return new Map(documents.map((doc) => [doc._id, withImportHash(resolveAttachments(doc, assetIds).document) as unknown as Record<string, unknown>]))
}

/** A dataset document without the fields the server sets. */
export function content(document: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!document) return undefined
  const {_rev, _createdAt, _updatedAt, ...rest} = document
  return rest
}

/** The pushed documents in the lake (no drafts, no assets), without server fields, by id. */
export function lakeContent(lake: ContentLake, ids: Iterable<string>): Map<string, Record<string, unknown> | undefined> {
  const documents = lake.dataset.documents()
  return new Map([...ids].map((id) => [id, content(documents.get(id))]))
}

/** How many content writes each document received, from the server's transaction log. */
export function contentWrites(lake: ContentLake): Map<string, number> {
  const counts = new Map<string, number>()
  for (const {results} of lake.dataset.log) {
    for (const result of results) if (result.kind === 'content' && result.operation !== 'none') counts.set(result.id, (counts.get(result.id) ?? 0) + 1)
  }
  return counts
}

/** The largest number of mutate requests that arrived within any window of `windowMs`. */
export function peakRate(lake: ContentLake, windowMs: number): number {
  const arrivals = lake.requests.filter((request) => request.route === 'mutate').map((request) => request.arrivedAt).sort((a, b) => a - b)
  let peak = 0
  for (let first = 0, last = 0; last < arrivals.length; last++) {
    while (arrivals[last]! - arrivals[first]! >= windowMs) first++
    peak = Math.max(peak, last - first + 1)
  }
  return peak
}
