import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {LakeClient} from './createLakeClient.ts'
import type {AttachmentFile} from '../dataset/hashAttachments.ts'
import {redactToken} from './redactToken.ts'
import type {PushFailure} from './types.ts'

/**
 * Uploads the files the dataset lacks (the client allows 8 at a time) and returns every file's
 * asset id, by path. Files already there (same SHA-1) are reused, never uploaded again.
 */
export async function uploadAttachments(
  files: readonly AttachmentFile[],
  existing: ReadonlyMap<string, string>,
  lake: LakeClient,
  token: string | undefined,
): Promise<{assetIds: Map<string, string>; uploaded: number; reused: number; failures: PushFailure[]}> {
  const assetIds = new Map<string, string>()
  const failures: PushFailure[] = []
  let uploaded = 0
  let reused = 0
  // One upload per distinct content, even if two paths hold the same bytes.
  const bySha1 = new Map<string, AttachmentFile[]>()
  for (const file of files) bySha1.set(file.sha1, [...(bySha1.get(file.sha1) ?? []), file])
  await Promise.all(
    [...bySha1.entries()].map(async ([sha1, group]) => {
      const known = existing.get(sha1)
      if (known) {
        reused++
        for (const file of group) assetIds.set(file.path, known)
        return
      }
      try {
        const asset = await lake.uploadFile(readFileSync(group[0]!.path), path.basename(group[0]!.path))
        uploaded++
        for (const file of group) assetIds.set(file.path, asset._id)
      } catch (error) {
        failures.push({ids: [], code: 'upload-failed', message: `${group[0]!.path}: ${redactToken((error as Error).message, token)}`})
      }
    }),
  )
  return {assetIds, uploaded, reused, failures}
}
