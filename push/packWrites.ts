import type {DocumentWrite} from './DocumentWrite.ts'
import {packTransactions} from './packTransactions.ts'
import {splitOversized} from './splitOversized.ts'
import type {PushFailure} from './types.ts'

/**
 * Packs writes into transactions of at most `maxBytes`; an oversized document becomes a chain of
 * patches, one that cannot be split a `too-large` failure.
 */
export function packWrites(writes: DocumentWrite[], maxBytes: number, failures: PushFailure[]): DocumentWrite[][] {
  const {batches, oversized} = packTransactions(writes, maxBytes)
  for (const write of oversized) {
    const chain = splitOversized(write, maxBytes)
    if (chain) batches.push([chain])
    else failures.push({ids: [write.id], code: 'too-large', message: `not written: larger than ${maxBytes} bytes and cannot be split`})
  }
  return batches
}
