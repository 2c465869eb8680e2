/**
 * Shapes shared by the push stage: the limits it keeps to, the plan it makes against the dataset,
 * and the report it hands back. The push writes the importer's documents into a hosted Sanity
 * dataset (the Content Lake) through @sanity/client.
 */
import type {ImportedDocument} from '../importer/index.ts'

/** How hard the push may press on the API. The defaults (see limits.ts) are @sanity/import's. */
export interface PushLimits {
  /** Largest mutate request body, in bytes (JSON as sent). */
  maxTransactionBytes: number
  /** Data requests (mutate, doc, query) in flight at once. */
  maxInFlight: number
  /** Mutate requests started in any window of `rateWindowMs`. */
  maxMutationsPerWindow: number
  rateWindowMs: number
  /** Asset uploads in flight at once. */
  maxUploadsInFlight: number
  /** Attempts per request, the first included. */
  maxAttempts: number
  /** First backoff delay; doubled per attempt up to `maxDelayMs`, with jitter. */
  baseDelayMs: number
  maxDelayMs: number
  /** A request with no answer after this long counts as a dropped connection. */
  timeoutMs: number
}

/** What the push does with one document. */
export type PlanAction = 'create' | 'update' | 'unchanged' | 'edited'

/** Why a document counts as edited in the Studio. */
export type EditedReason = 'draft' | 'changed-since-import' | 'not-from-importer'

export interface PlanEntry {
  id: string
  action: PlanAction
  /** Set for `edited`, and for `update` forced by `--overwrite-edited`. */
  reason?: EditedReason
  /** The revision the write is conditional on (`ifRevisionID`); absent for creates. */
  baseRev?: string
  /** The document as it will read in the dataset when the push is done (hash included). */
  desired: ImportedDocument
  /** The dataset's copy when read, if any. */
  current?: Record<string, unknown>
}

/** A write the dataset refused or that never got through; the document stays as it was. */
export interface PushFailure {
  ids: string[]
  /** HTTP status when the API answered; absent for dropped connections. */
  statusCode?: number
  /** Short code: `conflict`, `forbidden`, `gave-up`, `too-large`, `upload-failed`, `dangling-reference`, `draft-created`, `not-deleted`. */
  code: string
  message: string
}

/**
 * The part of the wiki a run imported, as `runImport`'s report gives it: documents whose
 * `provenance.sourcePath` lies under one of `sources` (relative to `wikiRoot`) belong to it.
 */
export interface PushScope {
  /** The run's source folders (absolute). */
  sources: readonly string[]
  wikiRoot: string
  /** Every page the run read, with its status; pages that did not import keep their documents. */
  files?: readonly {sourcePath: string; status: string}[]
}

/** What `--delete-missing` does with a document the source no longer has. */
export type MissingAction = 'delete' | 'edited' | 'referenced'

/** A document the importer wrote, under the run's source folders, that this run no longer makes. */
export interface MissingEntry {
  id: string
  sourcePath: string
  /** `delete` unless an editor changed it (`edited`) or a document still references it (`referenced`). */
  action: MissingAction
  /** Set for `edited`, and for `delete` forced by `--overwrite-edited`. */
  reason?: EditedReason
  /** For `referenced`: the documents that reference it. */
  referencedBy?: string[]
  /** The revision the delete is conditional on (`ifRevisionID`). */
  baseRev: string
}

export interface PushReport {
  dryRun: boolean
  plan: {create: number; update: number; unchanged: number; edited: number; referencesToFix: number; missing: number; toDelete: number}
  /** Whether documents the source no longer has were looked for (the run's source folders were known). */
  missingChecked: boolean
  /** Whether they are deleted (`--delete-missing`). */
  deleteMissing: boolean
  /** Documents in the dataset the source no longer has, and what `--delete-missing` does with each. */
  missing: Omit<MissingEntry, 'baseRev'>[]
  deleted: string[]
  /** Whether each transaction was preceded by a check for drafts created during the run. */
  draftGuard: boolean
  /** Documents skipped because an editor changed them, with the reason. */
  edited: {id: string; reason: EditedReason}[]
  /** Documents overwritten although edited (`--overwrite-edited`). */
  overwritten: string[]
  written: string[]
  referencesFixed: number
  assetsUploaded: number
  assetsReused: number
  failures: PushFailure[]
  requests: {mutate: number; read: number; upload: number; retries: number; bytesSent: number}
  durationMs: number
}
