import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import path from 'node:path'

/** A local file to be stored as a file asset. */
export interface AttachmentFile {
  path: string
  sha1: string
  /** The id the Content Lake gives a file asset with these bytes: `file-<sha1>-<extension>`. */
  predictedId: string
}

/**
 * Reads and hashes each attachment (SHA-1, as the Content Lake identifies assets). Files that
 * cannot be read are returned apart; the documents that attach them are not written.
 */
export function hashAttachments(paths: readonly string[]): {files: AttachmentFile[]; missing: string[]} {
  const files: AttachmentFile[] = []
  const missing: string[] = []
  for (const filePath of paths) {
    let bytes: Buffer
    try {
      bytes = readFileSync(filePath)
    } catch {
      missing.push(filePath)
      continue
    }
    const sha1 = createHash('sha1').update(bytes).digest('hex')
    const extension = path.extname(filePath).slice(1).toLowerCase() || 'bin'
    files.push({path: filePath, sha1, predictedId: `file-${sha1}-${extension}`})
  }
  return {files, missing}
}
