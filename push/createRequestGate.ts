/** Limits for one gate. */
export interface GateLimits {
  /** Requests running at once. */
  maxInFlight: number
  /** Requests started in any window of `windowMs`; omit for no rate limit. */
  maxPerWindow?: number
  windowMs?: number
}

/**
 * Whether a request counts against the rate limit: `true` always; `false` never (reads);
 * `'when-sent'` only if it calls `markSent` — for a slot that first reads and then, maybe, sends
 * the rated request (the draft check before a transaction). Until it settles it holds its place;
 * if it settles without marking, it held none.
 */
export type Rated = boolean | 'when-sent'

export interface RequestGate {
  /**
   * Runs `request` when a slot is free and, if `rated`, the rate allows; the slot is held until
   * it settles. Unrated requests (reads) share the slots but not the rate limit.
   */
  run<T>(request: (markSent: () => void) => Promise<T>, rated?: Rated): Promise<T>
  /** Starts no request before `until` (ms since epoch): how a 429's Retry-After slows everyone. */
  pauseUntil(until: number): void
  /** How long the gate is still paused, in ms (0 when not): for a slot about to send after a read. */
  pausedFor(): number
}

/** A rated request: `pending` until it is sent; `end` once it settled. */
interface Start {
  pending: boolean
  end?: number
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** How long to wait before looking again when requests still under way fill the window. */
const POLL_MS = 2

/**
 * A concurrency limit with a sliding-window rate limit: a request starts only when fewer than
 * `maxInFlight` are running and fewer than `maxPerWindow` rated requests are under way or ended
 * less than `windowMs` ago. Counting a request from its send to `windowMs` after its answer (not
 * only `windowMs` after its send) makes the limit hold where the server counts, at arrival,
 * whatever the latency: two requests that arrive within a window always overlap in the gate.
 * Waiters start in arrival order. Retries go back through the gate, so they count too.
 */
export function createRequestGate(limits: GateLimits): RequestGate {
  let inFlight = 0
  let pausedUntil = 0
  let starts: Start[] = []
  const queue: {start: (entry?: Start) => void; rated: Rated}[] = []
  let pumping = false

  const pump = async () => {
    if (pumping) return
    pumping = true
    try {
      while (queue.length > 0 && inFlight < limits.maxInFlight) {
        const now = Date.now()
        if (pausedUntil > now) {
          await sleep(pausedUntil - now)
          continue
        }
        let entry: Start | undefined
        const {rated} = queue[0]!
        if (rated !== false && limits.maxPerWindow && limits.windowMs) {
          const windowMs = limits.windowMs
          starts = starts.filter((start) => start.end === undefined || start.end > now - windowMs)
          if (starts.length >= limits.maxPerWindow) {
            const ends = starts.flatMap((start) => (start.end === undefined ? [] : [start.end]))
            await sleep(ends.length > 0 ? Math.min(...ends) + windowMs - now + 1 : POLL_MS)
            continue
          }
          entry = {pending: rated === 'when-sent'}
          starts.push(entry)
        }
        inFlight++
        queue.shift()!.start(entry)
      }
    } finally {
      pumping = false
    }
  }

  return {
    async run(request, rated = true) {
      const entry = await new Promise<Start | undefined>((resolve) => {
        queue.push({start: resolve, rated})
        void pump()
      })
      const markSent = () => {
        if (entry) entry.pending = false
      }
      try {
        return await request(markSent)
      } finally {
        if (entry?.pending) starts = starts.filter((start) => start !== entry)
        else if (entry) entry.end = Date.now()
        inFlight--
        void pump()
      }
    },
    pauseUntil(until) {
      pausedUntil = Math.max(pausedUntil, until)
    },
    pausedFor: () => Math.max(0, pausedUntil - Date.now()),
  }
}
