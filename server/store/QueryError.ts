/**
 * Why a GROQ query could not be answered: it does not parse, lacks a parameter, failed while
 * running, ran past the time limit, or was ended because its client went away.
 */
export type QueryErrorKind = 'parse' | 'param' | 'execution' | 'timeout' | 'cancelled'

/** The one error class of the dataset store's query domain; the HTTP layer maps it to the hosted API's error body. */
export class QueryError extends Error {
  kind: QueryErrorKind
  /** The query as received. */
  query: string
  /** What went wrong, without the position (the hosted API's `description`). */
  description: string
  /** 0-based UTF-16 offsets of the offending part of the query, when known. */
  start?: number
  end?: number

  constructor(kind: QueryErrorKind, query: string, description: string, position?: {start: number; end: number}) {
    super(position ? `${description} (at ${position.start}..${position.end})` : description)
    this.name = 'QueryError'
    this.kind = kind
    this.query = query
    this.description = description
    this.start = position?.start
    this.end = position?.end
  }
}
