import {fileURLToPath} from 'node:url'

/** Where a document asks for a file to be uploaded: `file@file:///abs/path`, as `sanity dataset import` reads it. */
const FILE_ASSET = /^file@(file:\/\/.+)$/

/**
 * The absolute paths of the files the documents attach (`_sanityAsset` on `attachmentLink`
 * annotations' `file` and on `attachment` blocks), each once, in first-seen order.
 */
export function findAttachments(documents: readonly unknown[]): string[] {
  const paths = new Set<string>()
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') {
      const asset = (value as {_sanityAsset?: unknown})._sanityAsset
      const filePath = typeof asset === 'string' ? attachmentPath(asset) : undefined
      if (filePath) paths.add(filePath)
      Object.values(value).forEach(visit)
    }
  }
  documents.forEach(visit)
  return [...paths]
}

/** The file a `_sanityAsset` value points at, or undefined for anything but a local file. */
export function attachmentPath(sanityAsset: string): string | undefined {
  const match = FILE_ASSET.exec(sanityAsset)
  return match ? fileURLToPath(match[1]!) : undefined
}
