/** Limits for one gate. */
export interface GateLimits {
  /** Requests running at once. */
  maxInFlight: number
  /** Requests started in any window of `windowMs`; omit for no rate limit. */
  maxPerWindow?: number
  windowMs?: number
}

export interface RequestGate {
  /**
   * Runs `request` when a slot is free and, if `rated`, the rate allows; the slot is held until
   * it settles. Unrated requests (reads) share the slots but not the rate limit.
   */
  run<T>(request: () => Promise<T>, rated?: boolean): Promise<T>
  /** Starts no request before `until` (ms since epoch): how a 429's Retry-After slows everyone. */
  pauseUntil(until: number): void
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * A concurrency limit with a sliding-window rate limit: a request starts only when fewer than
 * `maxInFlight` are running and fewer than `maxPerWindow` started in the last `windowMs`. Waiters
 * start in arrival order. Retries go back through the gate, so they count too.
 */
export function createRequestGate(limits: GateLimits): RequestGate {
  let inFlight = 0
  let pausedUntil = 0
  const starts: number[] = []
  const queue: {start: () => void; rated: boolean}[] = []
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
        if (queue[0]!.rated && limits.maxPerWindow && limits.windowMs) {
          while (starts.length > 0 && starts[0]! <= now - limits.windowMs) starts.shift()
          if (starts.length >= limits.maxPerWindow) {
            await sleep(starts[0]! + limits.windowMs - now + 1)
            continue
          }
          starts.push(now)
        }
        inFlight++
        queue.shift()!.start()
      }
    } finally {
      pumping = false
    }
  }

  return {
    async run(request, rated = true) {
      await new Promise<void>((resolve) => {
        queue.push({start: resolve, rated})
        void pump()
      })
      try {
        return await request()
      } finally {
        inFlight--
        void pump()
      }
    },
    pauseUntil(until) {
      pausedUntil = Math.max(pausedUntil, until)
    },
  }
}
