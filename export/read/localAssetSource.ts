import {existsSync} from 'node:fs'
import path from 'node:path'
import type {DatasetDocument, ExportedFile} from '../types.ts'

/**
 * Where the local Studio keeps an asset's bytes: in the folder beside the dataset file
 * (`dataset.ndjson` → `dataset.assets/files/<sha1>.pdf`, see server/assets/createAssetLibrary.ts),
 * else at the asset's `url`.
 */
export function localAssetSource(datasetFile: string): (asset: DatasetDocument) => ExportedFile['from'] | undefined {
  const dir = datasetFile.replace(/\.ndjson$/i, '') + '.assets'
  return (asset) => {
    const kind = asset._type === 'sanity.imageAsset' ? 'images' : 'files'
    if (typeof asset.path === 'string') {
      const file = path.join(dir, kind, path.posix.basename(asset.path))
      if (existsSync(file)) return {file}
    }
    return typeof asset.url === 'string' && /^https?:/.test(asset.url) ? {url: asset.url} : undefined
  }
}
