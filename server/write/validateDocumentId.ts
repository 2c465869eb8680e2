import {HttpError} from '../HttpError.ts'

/**
 * The ids the Content Lake accepts (the same rule @sanity/client's `validateDocumentId` applies
 * before it sends): letters, digits, `_`, `-` and `.`, not starting with `-` or `.`, no `..`, at
 * most 128 characters. So no `""`, `..`, `a/b`, newlines, or paths out of anything. `__proto__`,
 * which the hosted API refuses too (issue 12's probe), is refused as any dot-separated part.
 */
const DOCUMENT_ID = /^[a-z0-9_][a-z0-9_.-]{0,127}$/i

/** Throws the API's 400 (a `mutationError` naming the mutation) for an id the hosted API refuses. */
export function validateDocumentId(index: number, id: unknown): string {
  if (typeof id === 'string' && DOCUMENT_ID.test(id) && !id.includes('..') && !id.split('.').includes('__proto__')) return id
  const shown = typeof id === 'string' ? JSON.stringify(id.length > 140 ? `${id.slice(0, 140)}…` : id) : String(id)
  const description =
    `Document ID ${shown} is not valid: use at most 128 letters, digits, "_", "-" and "." ` + '(not first, never two dots in a row)'
  throw new HttpError(400, description, {
    error: {description: `The mutation(s) failed: ${description}`, type: 'mutationError', items: [{error: {id, type: 'invalidDocumentIdError', description}, index}]},
  })
}
