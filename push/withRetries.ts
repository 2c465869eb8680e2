import type {Rated, RequestGate} from './createRequestGate.ts'
import type {PushLimits} from './types.ts'

/** What the retry loop needs to know about a failed request. */
export interface FailureInfo {
  statusCode?: number
  /** Seconds or an HTTP date, from the Retry-After header. */
  retryAfter?: string
  /** A dropped connection or a timeout: no answer at all. */
  dropped: boolean
}

/**
 * The error codes of a request that got no answer: the connection failed, dropped or timed out.
 * Node's socket errors, which get-it passes on (as its `NodeRequestError`) with their `code`,
 * plus get-it's own timeouts (`ETIMEDOUT` to connect, `ESOCKETTIMEDOUT` waiting for an answer)
 * and undici's, for a client that uses fetch (`fetch failed` with the socket error as `cause`).
 */
const NETWORK_ERROR_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
])

type ClientFailure = {statusCode?: number; response?: {statusCode?: number; headers?: Record<string, string>}; code?: unknown; cause?: {code?: unknown}}

/**
 * Reads status, Retry-After and connection failures from @sanity/client / get-it errors. Anything
 * else (a bug: a TypeError, a RangeError…) is neither: not retried, not ambiguous.
 */
export function describeFailure(error: unknown): FailureInfo {
  const err = (error ?? {}) as ClientFailure
  const statusCode = err.statusCode ?? err.response?.statusCode
  if (typeof statusCode === 'number' && statusCode > 0) {
    return {statusCode, retryAfter: err.response?.headers?.['retry-after'], dropped: false}
  }
  const code = err.code ?? err.cause?.code
  return {dropped: typeof code === 'string' && NETWORK_ERROR_CODES.has(code)}
}

/** Whether a failure is worth another attempt: 429, 5xx and dropped connections; never 403 or 409. */
export function isRetriable(info: FailureInfo): boolean {
  if (info.dropped) return true
  return info.statusCode !== undefined && (info.statusCode === 429 || info.statusCode >= 500)
}

/** Retry-After in ms, from seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(retryAfter: string | undefined, now = Date.now()): number | undefined {
  if (!retryAfter) return undefined
  const seconds = Number(retryAfter)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(retryAfter)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

export interface RetryContext {
  gate: RequestGate
  /** Whether the request counts against the gate's rate limit (mutations do, reads do not; see `Rated`). */
  rated?: Rated
  limits: Pick<PushLimits, 'maxAttempts' | 'baseDelayMs' | 'maxDelayMs'>
  /** Told about each retry, for the request counters. */
  onRetry?: (attempt: number, info: FailureInfo) => void
}

/**
 * Runs a request through the gate, retrying 429, 5xx and dropped connections with exponential
 * backoff (full jitter) that waits at least as long as Retry-After says; a 429's Retry-After holds
 * the whole gate, since the server asked the client, not the request, to slow down. The last
 * failure is thrown with `attempts` and `ambiguous` (may have been applied) added.
 */
export async function withRetries<T>(request: (attempt: number, markSent: () => void) => Promise<T>, context: RetryContext): Promise<T> {
  const {gate, limits} = context
  let ambiguous = false
  for (let attempt = 1; ; attempt++) {
    try {
      return await gate.run((markSent) => request(attempt, markSent), context.rated ?? true)
    } catch (error) {
      const info = describeFailure(error)
      // The server may have applied a request whose answer was lost or that failed after applying.
      ambiguous ||= info.dropped || (info.statusCode ?? 0) >= 500
      if (!isRetriable(info) || attempt >= limits.maxAttempts) {
        throw Object.assign(error as object, {attempts: attempt, ambiguous})
      }
      const backoff = Math.random() * Math.min(limits.maxDelayMs, limits.baseDelayMs * 2 ** (attempt - 1))
      const asked = retryAfterMs(info.retryAfter)
      const wait = Math.max(backoff, asked ?? 0)
      if (info.statusCode === 429 && asked !== undefined) gate.pauseUntil(Date.now() + asked)
      context.onRetry?.(attempt, info)
      await new Promise((resolve) => setTimeout(resolve, wait))
    }
  }
}
