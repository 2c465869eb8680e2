import type {PushLimits} from './types.ts'

/**
 * The limits a push keeps to unless told otherwise: @sanity/import's (256 KB transactions, 6 in
 * flight, 8 uploads at a time) and the Content Lake's mutation rate limit of 25 requests a second.
 */
export const DEFAULT_LIMITS: Readonly<PushLimits> = Object.freeze({
  maxTransactionBytes: 256 * 1024,
  maxInFlight: 6,
  maxMutationsPerWindow: 25,
  rateWindowMs: 1000,
  maxUploadsInFlight: 8,
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  timeoutMs: 120_000,
})
