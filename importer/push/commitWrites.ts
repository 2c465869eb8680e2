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
 */
export async function commitWrites(batches: readonly DocumentWrite[][], lake: LakeClient, token: string | undefined): Promise<CommitResult> {
  const result: CommitResult = {written: new Map(), failures: [], transactions: 0}

  const settle = (write: DocumentWrite, rev: string): Promise<void> => {
    result.written.set(write.id, {rev, document: write.expected})
    return write.next ? send([write.next(rev)]) : Promise.resolve()
  }

  const send = async (batch: DocumentWrite[]): Promise<void> => {
    try {
      result.transactions++
      const {transactionId} = await lake.mutate(batch.flatMap((write) => write.mutations))
      await Promise.all(batch.map((write) => settle(write, transactionId)))
    } catch (error) {
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
      const doc = current[index]
      if (doc && sameDocument(doc, write.expected)) settled.push(settle(write, doc._rev as string))
      else if (statusCode !== 409) result.failures.push({ids: [write.id], statusCode, code: 'gave-up', message})
      else if (untouched(write, doc)) {
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
