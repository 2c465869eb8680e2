import type {Perspective} from '../applyPerspective.ts'
import type {JournalEntry} from '../journal/journalEntry.ts'
import type {QueryErrorKind} from '../QueryError.ts'
import type {StoredDocument} from '../../../dataset/types.ts'

/** What `sanity::projectId()` and `sanity::dataset()` answer. */
export interface SanityContext {
  projectId: string
  dataset: string
}

/** Main thread → query worker, handled in order: a query always sees every change sent before it. */
export type ToWorker =
  | {type: 'load'; documents: readonly StoredDocument[]}
  | {type: 'change'; entry: Pick<JournalEntry, 'put' | 'delete'>}
  | {type: 'query'; id: number; query: string; params: Record<string, unknown>; perspective: Perspective; sanity?: SanityContext}

/** Query worker → main thread. */
export type FromWorker =
  | {type: 'result'; id: number; result: unknown; ms: number}
  | {type: 'error'; id: number; kind: QueryErrorKind; description: string; start?: number; end?: number}
