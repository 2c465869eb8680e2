import {attachmentPath} from './findAttachments.ts'
import {visitJson} from './visitJson.ts'

/**
 * A copy of a document with each `_sanityAsset` file replaced by a reference to its uploaded
 * asset (`asset: {_type: 'reference', _ref}`), as the Content Lake stores a file field.
 * Returns the paths it had no asset for; those objects keep no `asset` and are reported.
 */
export function resolveAttachments<T>(document: T, assetIds: ReadonlyMap<string, string>): {document: T; unresolved: string[]} {
  const unresolved: string[] = []
  const copy = structuredClone(document)
  visitJson(copy, (value) => {
    const record = value as Record<string, unknown> | null
    if (record === null || typeof record !== 'object' || typeof record._sanityAsset !== 'string') return
    const filePath = attachmentPath(record._sanityAsset)
    const assetId = filePath ? assetIds.get(filePath) : undefined
    if (!assetId) {
      unresolved.push(filePath ?? record._sanityAsset)
      return
    }
    delete record._sanityAsset
    record.asset = {_type: 'reference', _ref: assetId}
  })
  return {document: copy, unresolved}
}
