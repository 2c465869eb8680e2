import type {DocumentWrite} from './DocumentWrite.ts'
import type {LakeClient} from './createLakeClient.ts'
import {describeFailure} from './withRetries.ts'
import {sameDocument} from './sameDocument.ts'
import {redactToken} from './redactToken.ts'
import type {PushFailure} from './types.ts'

/** What a set of transactions achieved. */
export interface CommitResult {
  /** Each written document's revision and content afterwards. */
  written: Map<string, {rev: string; document: Record<string, unknown>}>
  /** Documents deleted. */
  deleted: string[]
  failures: PushFailure[]
  transactions: number
}

/**
 * Sends the transactions (concurrently: the client's gate keeps to the limits) and settles each.
 * A transaction that failed with a 409, or whose outcome is unknown because retries ran out on a
 * dropped connection or 5xx, is never sent again: the push reads its documents back. Those that
 * read as the write left them were applied (by an earlier attempt whose answer was lost); the
 * rest are reported — `conflict` for a document someone else changed, `not-written` for one that
 * only shared the transaction with it. The next run plans them afresh.
 *
 * With `guardDrafts`, each transaction is preceded by a read of its documents' drafts (in the same
 * gate slot, see `mutateUnlessDrafted`), and a document that got a draft since the plan is left
 * out (`draft-created`): an editor started editing it during the push. The Mutation API has no precondition "this other document must not
 * exist" (`ifRevisionID` guards only the document it patches), so this is the best check it
 * allows; it leaves a window of one round trip — a draft created after the check's answer and
 * before the transaction is applied is not seen. That draft is never touched (the push writes
 * published documents only), so the editor loses nothing and the next run reports the document
 * as edited; only the published copy under the draft is the importer's newer one.
 */
export async function commitWrites(
  batches: readonly DocumentWrite[][],
  lake: LakeClient,
  options: {token?: string; guardDrafts: boolean},
): Promise<CommitResult> {
  const {token} = options
  const result: CommitResult = {written: new Map(), deleted: [], failures: [], transactions: 0}

  const settle = (write: DocumentWrite, rev: string): Promise<void> => {
    if (write.expected === null) result.deleted.push(write.id)
    else result.written.set(write.id, {rev, document: write.expected})
    return write.next ? send([write.next(rev)]) : Promise.resolve()
  }

  const send = async (batch: DocumentWrite[]): Promise<void> => {
    try {
      const mutations = batch.flatMap((write) => write.mutations)
      const answer = options.guardDrafts ? await lake.mutateUnlessDrafted(batch.map((write) => write.id), mutations) : await lake.mutate(mutations)
      if ('drafted' in answer) {
        for (const write of batch.filter((candidate) => answer.drafted.includes(candidate.id))) {
          const what = write.kind === 'delete' ? 'not deleted' : 'the published document was left as it is'
          result.failures.push({ids: [write.id], code: 'draft-created', message: `an editor created a draft during the push; ${what}`})
        }
        const rest = batch.filter((write) => !answer.drafted.includes(write.id))
        return rest.length > 0 ? send(rest) : undefined
      }
      result.transactions++
      await Promise.all(batch.map((write) => settle(write, answer.transactionId)))
    } catch (error) {
      result.transactions++
      const info = describeFailure(error)
      const ambiguous = (error as {ambiguous?: boolean}).ambiguous === true
      const message = redactToken((error as Error).message ?? String(error), token)
      if (info.statusCode !== 409 && !ambiguous) {
        result.failures.push({ids: batch.map((write) => write.id), statusCode: info.statusCode, code: failureCode(info.statusCode), message})
        return
      }
      await recover(batch, info.statusCode, message)
    }
  }

  const recover = async (batch: DocumentWrite[], statusCode: number | undefined, message: string) => {
    let current: (Record<string, unknown> | null)[]
    try {
      current = await lake.getDocuments(batch.map((write) => write.id))
    } catch (error) {
      result.failures.push({ids: batch.map((write) => write.id), statusCode, code: 'gave-up', message: `${message}; reading back failed: ${redactToken((error as Error).message, token)}`})
      return
    }
    const settled: Promise<void>[] = []
    batch.forEach((write, index) => {
      const doc = current[index] ?? null
      if (write.expected === null ? doc === null : doc && sameDocument(doc, write.expected)) settled.push(settle(write, (doc?._rev as string) ?? ''))
      else if (statusCode !== 409) result.failures.push({ids: [write.id], statusCode, code: 'gave-up', message})
      else if (untouched(write, doc) && write.kind === 'delete') {
        result.failures.push({ids: [write.id], statusCode, code: 'not-deleted', message: `not deleted (unchanged, but the transaction was refused: ${message})`})
      } else if (untouched(write, doc)) {
        result.failures.push({ids: [write.id], statusCode, code: 'not-written', message: `not written (no one else changed it; the transaction was refused: ${message}); the next run writes it`})
      } else {
        result.failures.push({ids: [write.id], statusCode, code: 'conflict', message: `changed in the dataset during the push, kept as it is: ${message}`})
      }
    })
    await Promise.all(settled)
  }

  await Promise.all(batches.map((batch) => send(batch)))
  return result
}

/** Whether the dataset still holds the document as the write expected to find it. */
function untouched(write: DocumentWrite, current: Record<string, unknown> | null): boolean {
  return write.baseRev === undefined ? current === null : current?._rev === write.baseRev
}

function failureCode(statusCode: number | undefined): string {
  if (statusCode === 403 || statusCode === 401) return 'forbidden'
  if (statusCode === 413) return 'too-large'
  return statusCode === undefined || statusCode >= 500 || statusCode === 429 ? 'gave-up' : 'rejected'
}
