import type {LakeClient} from './createLakeClient.ts'
import type {DatasetState} from './planPush.ts'

/** Ids per doc request: keeps the URL well under the API's limits. */
const IDS_PER_REQUEST = 100

/**
 * Reads what the dataset holds for the given ids — the published documents and whether each has
 * a draft — through the doc endpoint, which is strongly consistent (a query may lag behind
 * `visibility: 'async'` writes).
 */
export async function readDataset(ids: readonly string[], lake: LakeClient): Promise<DatasetState> {
  const wanted = ids.flatMap((id) => [id, `drafts.${id}`])
  const chunks: string[][] = []
  for (let start = 0; start < wanted.length; start += IDS_PER_REQUEST) chunks.push(wanted.slice(start, start + IDS_PER_REQUEST))
  const found = (await Promise.all(chunks.map((chunk) => lake.getDocuments(chunk)))).flat()
  const documents = new Map<string, Record<string, unknown>>()
  const drafts = new Set<string>()
  for (const document of found) {
    if (!document) continue
    const id = document._id as string
    if (id.startsWith('drafts.')) drafts.add(id.slice('drafts.'.length))
    else documents.set(id, document)
  }
  return {documents, drafts}
}

/** File assets already in the dataset, by SHA-1. */
export async function readFileAssets(sha1s: readonly string[], lake: LakeClient): Promise<Map<string, string>> {
  if (sha1s.length === 0) return new Map()
  const assets = await lake.fetch<{_id: string; sha1hash: string}[]>(
    '*[_type == "sanity.fileAsset" && sha1hash in $sha1s]{_id, sha1hash}',
    {sha1s},
  )
  return new Map(assets.map((asset) => [asset.sha1hash, asset._id]))
}
