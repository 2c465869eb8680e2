import {attachmentPath} from './findAttachments.ts'

/**
 * A copy of a document with each `_sanityAsset` file replaced by a reference to its uploaded
 * asset (`asset: {_type: 'reference', _ref}`), as the Content Lake stores a file field.
 * Returns the paths it had no asset for; those objects keep no `asset` and are reported.
 */
export function resolveAttachments<T>(document: T, assetIds: ReadonlyMap<string, string>): {document: T; unresolved: string[]} {
  const unresolved: string[] = []
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(copy)
    if (!value || typeof value !== 'object') return value
    const result: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) result[key] = copy(item)
    if (typeof result._sanityAsset === 'string') {
      const filePath = attachmentPath(result._sanityAsset)
      const assetId = filePath ? assetIds.get(filePath) : undefined
      if (!assetId) {
        unresolved.push(filePath ?? result._sanityAsset)
        return result
      }
      delete result._sanityAsset
      result.asset = {_type: 'reference', _ref: assetId}
    }
    return result
  }
  return {document: copy(document) as T, unresolved}
}
