import {evaluate, parse, type ExprNode} from 'groq-js'
import {badRequest} from '../HttpError.ts'
import type {RevisedDocument} from '../write/applyTransaction.ts'

/** Tells whether a document is one a listener's query selects. */
export type ListenMatcher = (doc: RevisedDocument | undefined) => Promise<boolean>

/**
 * Compiles a listener's query (`*`, `*[filter]`) into a matcher that runs it over a dataset of
 * just that one document, as the hosted listener filters each mutated document. Release versions
 * are left out unless `includeAllVersions`.
 */
export function matchListenQuery(query: string, params: Record<string, unknown>, includeAllVersions: boolean): ListenMatcher {
  let tree: ExprNode
  try {
    tree = parse(query, {params})
  } catch (error) {
    throw badRequest(`Listener query does not parse: ${(error as Error).message}`)
  }
  const matchesAll = tree.type === 'Everything'
  return async (doc) => {
    if (!doc) return false
    if (!includeAllVersions && doc._id.startsWith('versions.')) return false
    if (matchesAll) return true
    const result = await (await evaluate(tree, {dataset: [doc], params})).get()
    return Array.isArray(result) ? result.length > 0 : Boolean(result)
  }
}
