import type {Mutation} from '@sanity/client'

/**
 * The mutations that bring one document to a known state, sent in one transaction with others.
 * `expected` is the document as it must read afterwards (system fields aside): after a dropped
 * connection or a 409 the push reads the document back and compares, so a write the server did
 * apply is never sent twice and never mistaken for a conflict.
 */
export interface DocumentWrite {
  id: string
  /** `content` writes the document; `references` only flips `_weak` flags; `delete` removes it. */
  kind: 'content' | 'references' | 'delete'
  mutations: Mutation[]
  /** Null for a delete: the document must be gone. */
  expected: Record<string, unknown> | null
  /** The revision the write is conditional on; absent when the document must not exist yet. */
  baseRev?: string
  /** The next write in a chain (an oversized document written in parts), given the new revision. */
  next?: (rev: string) => DocumentWrite
}
