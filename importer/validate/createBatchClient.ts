import type {SanityClient} from 'sanity'
import type {DocumentLike} from './types.ts'

/**
 * The query Sanity's default `isUnique` sends for a slug (see `defaultIsUnique` in sanity's
 * validation): `!defined(*[_type == $docType && !sanity::versionOf($published) && <path> == $slug][0]._id)`.
 */
const SLUG_QUERY = /^!defined\(\*\[_type == \$docType && !sanity::versionOf\(\$published\) && ([A-Za-z_][\w.]*) == \$slug\]\[0\]\._id\)$/

/** True when `id` is `base`, its draft, or one of its release versions: GROQ's `sanity::versionOf`. */
export function isVersionOf(id: string, base: string): boolean {
  if (id === base) return true
  const parts = id.split('.')
  if (parts.length >= 2 && parts[0] === 'drafts' && parts.slice(1).join('.') === base) return true
  return parts.length >= 3 && parts[0] === 'versions' && parts.slice(2).join('.') === base
}

function valueAt(doc: DocumentLike, dottedPath: string): unknown {
  let value: unknown = doc
  for (const name of dottedPath.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
    value = (value as Record<string, unknown>)[name]
  }
  return value
}

/**
 * A stand-in for the Sanity client that answers rule queries from a batch of documents, without
 * network. The slug-uniqueness query is answered from an index built once per type and path; any
 * other query is evaluated by groq-js over the batch, so a custom `isUnique` works too.
 */
export function createBatchClient(documents: readonly DocumentLike[]): SanityClient {
  /** `${type}\0${path}` → slug value → ids holding it. */
  const slugIndexes = new Map<string, Map<unknown, string[]>>()

  function slugIndex(docType: string, dottedPath: string) {
    const indexKey = `${docType}\0${dottedPath}`
    let index = slugIndexes.get(indexKey)
    if (!index) {
      index = new Map()
      for (const doc of documents) {
        if (doc._type !== docType) continue
        const value = valueAt(doc, dottedPath)
        if (typeof value !== 'string') continue
        const ids = index.get(value)
        if (ids) ids.push(doc._id)
        else index.set(value, [doc._id])
      }
      slugIndexes.set(indexKey, index)
    }
    return index
  }

  async function fetch(query: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const slugQuery = SLUG_QUERY.exec(query)
    if (slugQuery && typeof params.docType === 'string' && typeof params.published === 'string') {
      const holders = slugIndex(params.docType, slugQuery[1]).get(params.slug) ?? []
      return !holders.some((id) => !isVersionOf(id, params.published as string))
    }
    const {parse, evaluate} = await import('groq-js')
    return await (await evaluate(parse(query), {dataset: documents, params})).get()
  }

  const client = {
    fetch,
    withConfig: () => client,
    clone: () => client,
    config: () => ({apiVersion: '2025-02-19', useCdn: false}),
  }
  return client as unknown as SanityClient
}
