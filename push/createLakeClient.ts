import {createClient, type Mutation, type SanityClient} from '@sanity/client'
import {createRequestGate} from './createRequestGate.ts'
import {withRetries} from './withRetries.ts'
import type {PushLimits} from './types.ts'

/** Where and as whom the push writes. */
export interface LakeTarget {
  projectId: string
  dataset: string
  apiVersion: string
  token: string
  /** Talk to this host as is (no project id prefixed): a local test server. */
  apiHost?: string
}

/** Counters a push reports. */
export interface RequestCounters {
  mutate: number
  read: number
  upload: number
  retries: number
  bytesSent: number
}

/** The few Content Lake operations the push uses, each gated, rate limited and retried. */
export interface LakeClient {
  /** One transaction; resolves to its id, which is also the new `_rev` of every document it touched. */
  mutate(mutations: Mutation[]): Promise<{transactionId: string}>
  /**
   * One transaction, sent only if none of `ids` has a draft: the drafts are read in the same
   * slot of the gate, right before the transaction (and again before each retry). Resolves to the
   * transaction's id, or to the ids that have a draft (then nothing was sent).
   */
  mutateUnlessDrafted(ids: readonly string[], mutations: Mutation[]): Promise<{transactionId: string} | {drafted: string[]}>
  /** Documents by id through the doc endpoint (strongly consistent, drafts included); null when missing. */
  getDocuments(ids: string[]): Promise<(Record<string, unknown> | null)[]>
  /** A GROQ query over the raw perspective. */
  fetch<T>(query: string, params: Record<string, unknown>): Promise<T>
  /** Uploads a file asset; the Content Lake answers with the existing asset when the bytes are known. */
  uploadFile(body: Buffer, filename: string): Promise<{_id: string}>
  counters: RequestCounters
}

/**
 * Wraps @sanity/client for the push. The client's own retries are off (`maxRetries: 0`): every
 * retry goes through `withRetries` so that it counts against the rate limit and honours
 * Retry-After. Mutations are sent with `visibility: 'async'` and without documents in the answer,
 * as @sanity/import sends them.
 */
export function createLakeClient(target: LakeTarget, limits: PushLimits): LakeClient {
  const client: SanityClient = createClient({
    projectId: target.projectId,
    dataset: target.dataset,
    apiVersion: target.apiVersion,
    token: target.token,
    useCdn: false,
    perspective: 'raw',
    maxRetries: 0,
    timeout: limits.timeoutMs,
    requestTagPrefix: 'psf-import',
    ...(target.apiHost ? {apiHost: target.apiHost.replace(/\/+$/, ''), useProjectHostname: false} : {}),
  })
  const data = createRequestGate({maxInFlight: limits.maxInFlight, maxPerWindow: limits.maxMutationsPerWindow, windowMs: limits.rateWindowMs})
  const uploads = createRequestGate({maxInFlight: limits.maxUploadsInFlight})
  const counters: RequestCounters = {mutate: 0, read: 0, upload: 0, retries: 0, bytesSent: 0}
  const onRetry = () => void counters.retries++
  // One attempt at a transaction, counted; `bytes` is its body's size, measured once for all attempts.
  const sendTransaction = async (mutations: Mutation[], bytes: number) => {
    counters.mutate++
    counters.bytesSent += bytes
    const result = await client.mutate(mutations, {visibility: 'async', returnDocuments: false, tag: 'push'})
    return {transactionId: result.transactionId}
  }

  return {
    counters,
    mutate(mutations) {
      const bytes = Buffer.byteLength(JSON.stringify({mutations}))
      return withRetries(() => sendTransaction(mutations, bytes), {gate: data, limits, onRetry})
    },
    mutateUnlessDrafted(ids, mutations) {
      const bytes = Buffer.byteLength(JSON.stringify({mutations}))
      const draftIds = ids.map((id) => `drafts.${id}`)
      return withRetries(
        async (_attempt, markSent) => {
          // Nothing waits between the check and the transaction (no queue, no rate limit: the slot
          // holds a place in the rate window from the start and counts from the send): the time
          // from the check's answer to the transaction's arrival is the only window left open.
          for (;;) {
            counters.read++
            const drafts = await client.getDocuments(draftIds, {tag: 'push.drafts'})
            const drafted = ids.filter((_, index) => drafts[index])
            if (drafted.length > 0) return {drafted}
            // A 429 came in while checking: hold the transaction back as long as it asks, then check again.
            const paused = data.pausedFor()
            if (paused === 0) break
            await new Promise((resolve) => setTimeout(resolve, paused))
          }
          markSent()
          return sendTransaction(mutations, bytes)
        },
        {gate: data, rated: 'when-sent', limits, onRetry},
      )
    },
    getDocuments(ids) {
      return withRetries(
        () => {
          counters.read++
          return client.getDocuments(ids, {tag: 'push.read'}) as Promise<(Record<string, unknown> | null)[]>
        },
        {gate: data, rated: false, limits, onRetry},
      )
    },
    fetch(query, params) {
      return withRetries(
        () => {
          counters.read++
          return client.fetch(query, params, {tag: 'push.query'})
        },
        {gate: data, rated: false, limits, onRetry},
      )
    },
    uploadFile(body, filename) {
      return withRetries(
        async () => {
          counters.upload++
          counters.bytesSent += body.length
          return (await client.assets.upload('file', body, {filename, tag: 'push.upload'})) as {_id: string}
        },
        {gate: uploads, limits, onRetry},
      )
    },
  }
}
