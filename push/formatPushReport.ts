import type {PushReport} from './types.ts'

const REASONS = {
  draft: 'has a draft',
  'changed-since-import': 'changed since the last import',
  'not-from-importer': 'not written by the importer',
} as const

/** How many edited documents and failures are listed by id; the counts cover them all. */
const LISTED = 20

/** The lines the CLI prints for a push: the plan, then what was written and what failed. */
export function formatPushReport(report: PushReport, target: string): string[] {
  const {plan} = report
  const lines = [
    `Push to ${target}${report.dryRun ? ' — dry run, nothing written (add --commit to write)' : ''}`,
    `  to create: ${plan.create}`,
    `  to update: ${plan.update}${report.overwritten.length ? ` (${report.overwritten.length} edited, overwritten by --overwrite-edited)` : ''}`,
    `  unchanged: ${plan.unchanged}`,
    `  skipped, edited in the Studio: ${plan.edited}${plan.edited ? ' (--overwrite-edited to replace them)' : ''}`,
  ]
  for (const {id, reason} of report.edited.slice(0, LISTED)) lines.push(`    ${id}: ${REASONS[reason]}`)
  if (report.edited.length > LISTED) lines.push(`    … and ${report.edited.length - LISTED} more`)
  if (plan.referencesToFix) lines.push(`  references to strengthen on unchanged documents: ${plan.referencesToFix}`)
  if (report.missingChecked) lines.push(...formatMissing(report))
  if (!report.dryRun) {
    const {requests} = report
    lines.push(
      `  written: ${report.written.length} documents, ${report.referencesFixed} reference fixes, ${report.assetsUploaded} files uploaded, ${report.assetsReused} reused`,
      ...(report.deleteMissing ? [`  deleted: ${report.deleted.length} documents the source no longer has`] : []),
      `  requests: ${requests.mutate} mutate, ${requests.read} read, ${requests.upload} upload, ${requests.retries} retries; ${requests.bytesSent} bytes sent in ${report.durationMs} ms`,
    )
    if (report.draftGuard) {
      lines.push(`  drafts checked right before each transaction; one created in the round trip between that check and the write is not seen (the draft is kept; the next run reports it)`)
    }
  }
  if (report.failures.length) lines.push(`  failures: ${report.failures.length}`)
  for (const failure of report.failures.slice(0, LISTED)) {
    lines.push(`    ${failure.ids.join(', ') || '-'}: ${failure.code}${failure.statusCode ? ` (HTTP ${failure.statusCode})` : ''}: ${failure.message}`)
  }
  if (report.failures.length > LISTED) lines.push(`    … and ${report.failures.length - LISTED} more`)
  return lines
}

/** The documents in the dataset that the source no longer has, and what happens to each. */
function formatMissing(report: PushReport): string[] {
  const {missing, deleteMissing} = report
  const verb = report.dryRun ? 'to delete' : 'deleted'
  const lines = [
    `  in the dataset, not in the source: ${missing.length}${
      deleteMissing ? `, ${verb}: ${report.dryRun ? report.plan.toDelete : report.deleted.length}` : missing.length ? ' (--delete-missing to delete them)' : ''
    }`,
  ]
  for (const entry of missing.slice(0, LISTED)) {
    const kept =
      entry.action === 'edited'
        ? ` — kept: ${REASONS[entry.reason!]} (--overwrite-edited to delete it)`
        : entry.action === 'referenced'
          ? ` — kept: still referenced by ${entry.referencedBy!.join(', ')}`
          : entry.reason && deleteMissing
            ? ` — ${REASONS[entry.reason]}, deleted anyway (--overwrite-edited)`
            : ''
    lines.push(`    ${entry.id} (${entry.sourcePath})${kept}`)
  }
  if (missing.length > LISTED) lines.push(`    … and ${missing.length - LISTED} more`)
  return lines
}
