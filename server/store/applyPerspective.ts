import type {StoredDocument} from '../../dataset/types.ts'

/** The perspectives the local endpoint understands; the hosted API's default is `published`. */
export const PERSPECTIVES = ['published', 'drafts', 'previewDrafts', 'raw'] as const
export type Perspective = (typeof PERSPECTIVES)[number]

/** True for perspective names this endpoint knows. */
export function isPerspective(value: string): value is Perspective {
  return (PERSPECTIVES as readonly string[]).includes(value)
}

const isDraft = (id: string) => id.startsWith('drafts.')
const isVersion = (id: string) => id.startsWith('versions.')

/**
 * The documents a perspective sees. `published` hides drafts and release versions; `drafts`
 * shows each draft in place of its published document, under the published id with `_originalId`
 * telling where it came from, as the hosted API does; `raw` shows everything.
 */
export function applyPerspective(documents: readonly StoredDocument[], perspective: Perspective): StoredDocument[] {
  if (perspective === 'raw') return [...documents]
  const published = documents.filter((doc) => !isDraft(doc._id) && !isVersion(doc._id))
  if (perspective === 'published') return published
  const drafts = new Map(documents.filter((doc) => isDraft(doc._id)).map((doc) => [doc._id.slice(7), doc]))
  const seen = new Set<string>()
  const merged = published.map((doc) => {
    const draft = drafts.get(doc._id)
    if (!draft) return doc
    seen.add(doc._id)
    return {...draft, _id: doc._id, _originalId: draft._id}
  })
  for (const [id, draft] of drafts) if (!seen.has(id)) merged.push({...draft, _id: id, _originalId: draft._id})
  return merged
}
