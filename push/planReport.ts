import type {LakeClient} from './createLakeClient.ts'
import type {PreparedAttachments} from './prepareAttachments.ts'
import type {MissingEntry, PlanEntry, PushFailure, PushReport} from './types.ts'

/** What the push found before writing anything: the plan's counts, the documents skipped, the attachments. */
export interface PlanFindings {
  plan: readonly PlanEntry[]
  /** Documents the source no longer has (empty when not looked for). */
  gone: readonly MissingEntry[]
  attachments: PreparedAttachments
  /** Reference fixes the unchanged documents need once the creates are in. */
  referencesToFix: number
  failures: PushFailure[]
}

/** The push's report as planned (a dry run's whole report); the write steps fill in what they did. */
export function planReport(findings: PlanFindings, lake: LakeClient, options: {commit: boolean; overwriteEdited: boolean; missingChecked: boolean; deleteMissing: boolean}): PushReport {
  const {plan, gone} = findings
  const count = (action: PlanEntry['action']) => plan.filter((entry) => entry.action === action).length
  return {
    dryRun: !options.commit,
    plan: {
      create: count('create'),
      update: count('update'),
      unchanged: count('unchanged'),
      edited: count('edited'),
      referencesToFix: findings.referencesToFix,
      missing: gone.length,
      toDelete: options.deleteMissing ? gone.filter((entry) => entry.action === 'delete').length : 0,
    },
    missingChecked: options.missingChecked,
    deleteMissing: options.deleteMissing,
    missing: gone.map(({baseRev, ...entry}) => entry),
    deleted: [],
    draftGuard: !options.overwriteEdited,
    edited: plan.filter((entry) => entry.action === 'edited').map((entry) => ({id: entry.id, reason: entry.reason!})),
    overwritten: plan.filter((entry) => entry.action === 'update' && entry.reason).map((entry) => entry.id),
    written: [],
    referencesFixed: 0,
    assetsUploaded: findings.attachments.uploaded,
    assetsReused: findings.attachments.reused,
    failures: findings.failures,
    requests: lake.counters,
    durationMs: 0,
  }
}
