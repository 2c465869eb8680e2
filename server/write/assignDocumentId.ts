import {randomUUID} from 'node:crypto'

/**
 * The id a `create` gets, as the hosted API assigns it: a new UUID when `_id` is missing, and an
 * `_id` ending in `.` (`drafts.`) used as a prefix for one.
 */
export function assignDocumentId(id: unknown): unknown {
  if (id === undefined || id === null || id === '') return randomUUID()
  if (typeof id === 'string' && id.endsWith('.')) return `${id}${randomUUID()}`
  return id
}
