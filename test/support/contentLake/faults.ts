/** The kinds of request the test server tells apart. */
export type LakeRoute = 'mutate' | 'query' | 'doc' | 'upload'

/** A request as the fault injector sees it. */
export interface LakeRequest {
  route: LakeRoute
  /** 1-based count of requests to this route so far, this one included. */
  index: number
  /** The request's path and query (e.g. the ids a doc request asks for). */
  url: string
}

/**
 * What to do to one request. Several may combine: e.g. apply the transaction, then wait, then
 * drop the connection.
 */
export interface Fault {
  /** Answer with this status without handling the request (429, 500, 403, 409…). */
  status?: number
  /** Retry-After header for `status` (seconds or an HTTP date). */
  retryAfter?: string
  /** Drop the connection: `before` handling, or `after` handling without answering. */
  reset?: 'before' | 'after'
  /** Wait this long after handling, before answering (a slow server). */
  delayMs?: number
  /** Runs first, before any other fault (e.g. an editor changes a document meanwhile). */
  beforeHandling?: () => void | Promise<void>
  /** Runs after the request is handled, before it is answered (e.g. kill the client). */
  afterHandling?: () => void | Promise<void>
}

/** Decides the fault for each request; undefined means answer normally. */
export type FaultInjector = (request: LakeRequest) => Fault | undefined
