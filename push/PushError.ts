import {ImportError} from '../importer/errors/ImportError.ts'

/**
 * A request to the Content Lake that failed for good. Carries the HTTP status (absent when the
 * connection dropped) and whether the outcome is unknown — the server may have applied a
 * mutation whose answer never arrived.
 */
export class PushError extends ImportError {
  readonly statusCode?: number
  /** Set when the request may have been applied (dropped connection, timeout, 5xx). */
  readonly ambiguous: boolean

  constructor(code: string, target: string, message: string, statusCode?: number, ambiguous = false) {
    super('write', code, target, message)
    this.name = 'PushError'
    this.statusCode = statusCode
    this.ambiguous = ambiguous
  }
}
