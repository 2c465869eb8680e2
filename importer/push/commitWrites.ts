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
 * dropped connection or 5xx, is never resent as is: the push reads its documents back. Those that
 * read as the write left them were applied (by an earlier attempt); those still at the revision
 * the write expected were innocent bystanders of someone else's conflict and are sent once more
 * in a transaction of their own; the rest are reported — someone else changed them.
 */
export async function commitWrites(batches: readonly DocumentWrite[][], lake: LakeClient, token: string | undefined): Promise<CommitResult> {
  const result: CommitResult = {written: new Map(), failures: [], transactions: 0}

  const settle = (write: DocumentWrite, rev: string): Promise<void> => {
    result.written.set(write.id, {rev, document: write.expected})
    return write.next ? send([write.next(rev)], false) : Promise.resolve()
  }

  const send = async (batch: DocumentWrite[], mayResend: boolean): Promise<void> => {
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
      await recover(batch, mayResend, info.statusCode, message)
    }
  }

  const recover = async (batch: DocumentWrite[], mayResend: boolean, statusCode: number | undefined, message: string) => {
    let current: (Record<string, unknown> | null)[]
    try {
      current = await lake.getDocuments(batch.map((write) => write.id))
    } catch (error) {
      result.failures.push({ids: batch.map((write) => write.id), statusCode, code: 'gave-up', message: `${message}; reading back failed: ${redactToken((error as Error).message, token)}`})
      return
    }
    const resend: DocumentWrite[] = []
    const settled: Promise<void>[] = []
    batch.forEach((write, index) => {
      const doc = current[index]
      if (doc && sameDocument(doc, write.expected)) settled.push(settle(write, doc._rev as string))
      else if (mayResend && statusCode === 409 && untouched(write, doc)) resend.push(write)
      else {
        const code = statusCode === 409 ? 'conflict' : 'gave-up'
        result.failures.push({ids: [write.id], statusCode, code, message: statusCode === 409 ? `changed in the dataset during the push: ${message}` : message})
      }
    })
    await Promise.all(settled)
    // Each bystander alone, so that one more conflict cannot take the others with it.
    await Promise.all(resend.map((write) => send([write], false)))
  }

  await Promise.all(batches.map((batch) => send(batch, true)))
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
