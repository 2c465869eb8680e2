import {badRequest} from '../HttpError.ts'

/**
 * Deepest nesting a request body may have. The hosted API limits documents to 20 levels of
 * attributes; bodies are refused well above that (Portable Text tables nest deeper than plain
 * documents) but long before recursive code (patching, reference checks) could overflow the stack.
 */
export const MAX_NESTING = 100

/** Throws a 400 when `value` nests arrays and objects deeper than `MAX_NESTING`; iterative, so it cannot overflow itself. */
export function checkNesting(value: unknown): void {
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (!node || typeof node !== 'object') continue
    if (depth >= MAX_NESTING) throw badRequest(`Request body is nested deeper than ${MAX_NESTING} levels`)
    for (const child of Object.values(node)) if (child && typeof child === 'object') stack.push([child, depth + 1])
  }
}
