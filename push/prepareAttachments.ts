import type {LakeClient} from './createLakeClient.ts'
import {findAttachments} from '../dataset/findAttachments.ts'
import {hashAttachments} from '../dataset/hashAttachments.ts'
import type {ImportedDocument} from '../importer/index.ts'
import {readFileAssets} from './readDataset.ts'
import type {PushFailure} from './types.ts'
import {uploadAttachments} from './uploadAttachments.ts'

/** The documents' files as assets: the asset id of each file by path, and what it took. */
export interface PreparedAttachments {
  /** Asset id by file path: the existing asset, the uploaded one, or (dry run) the id an upload would get. */
  assetIds: Map<string, string>
  /** Files that could not be read. */
  missing: string[]
  uploaded: number
  reused: number
}

/**
 * The push's first step: hashes the documents' attachments, looks them up in the dataset by
 * SHA-1 and, when committing, uploads the missing ones. Failed uploads go to `failures`.
 */
export async function prepareAttachments(
  documents: readonly ImportedDocument[],
  lake: LakeClient,
  options: {commit: boolean; token?: string},
  failures: PushFailure[],
): Promise<PreparedAttachments> {
  const {files, missing} = hashAttachments(findAttachments(documents))
  const existingAssets = await readFileAssets(files.map((file) => file.sha1), lake)
  if (!options.commit || files.length === 0) {
    const assetIds = new Map(files.map((file) => [file.path, existingAssets.get(file.sha1) ?? file.predictedId]))
    return {assetIds, missing, uploaded: 0, reused: files.filter((file) => existingAssets.has(file.sha1)).length}
  }
  const result = await uploadAttachments(files, existingAssets, lake, options.token)
  failures.push(...result.failures)
  return {assetIds: result.assetIds, missing, uploaded: result.uploaded, reused: result.reused}
}
