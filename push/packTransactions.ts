import type {DocumentWrite} from './DocumentWrite.ts'

/** Bytes of `{"mutations":[...]}` for the given mutations' JSON texts, as the client sends it. */
const ENVELOPE = Buffer.byteLength('{"mutations":[]}')

/**
 * Groups writes into transactions whose request body stays within `maxBytes`, in order, each
 * document's mutations kept together. A write that alone exceeds the limit is returned apart
 * (see splitOversized.ts).
 */
export function packTransactions(writes: readonly DocumentWrite[], maxBytes: number): {batches: DocumentWrite[][]; oversized: DocumentWrite[]} {
  const batches: DocumentWrite[][] = []
  const oversized: DocumentWrite[] = []
  let batch: DocumentWrite[] = []
  let size = ENVELOPE
  for (const write of writes) {
    const bytes = mutationBytes(write)
    if (ENVELOPE + bytes > maxBytes) {
      oversized.push(write)
      continue
    }
    const added = bytes + (batch.length > 0 ? 1 : 0)
    if (size + added > maxBytes) {
      batches.push(batch)
      batch = []
      size = ENVELOPE
    }
    size += bytes + (batch.length > 0 ? 1 : 0)
    batch.push(write)
  }
  if (batch.length > 0) batches.push(batch)
  return {batches, oversized}
}

/** The JSON bytes of a write's mutations, commas between them included. */
function mutationBytes(write: DocumentWrite): number {
  return write.mutations.reduce((sum, mutation, index) => sum + Buffer.byteLength(JSON.stringify(mutation)) + (index > 0 ? 1 : 0), 0)
}
