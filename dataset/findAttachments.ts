import {fileURLToPath} from 'node:url'
import {visitJson} from './visitJson.ts'

/** Where a document asks for a file to be uploaded: `file@file:///abs/path`, as `sanity dataset import` reads it. */
const FILE_ASSET = /^file@(file:\/\/.+)$/

/**
 * The absolute paths of the files the documents attach (`_sanityAsset` on `attachmentLink`
 * annotations' `file` and on `attachment` blocks), each once, in first-seen order.
 */
export function findAttachments(documents: readonly unknown[]): string[] {
  const paths = new Set<string>()
  visitJson(documents, (value) => {
    const asset = value !== null && typeof value === 'object' ? (value as {_sanityAsset?: unknown})._sanityAsset : undefined
    const filePath = typeof asset === 'string' ? attachmentPath(asset) : undefined
    if (filePath) paths.add(filePath)
  })
  return [...paths]
}

/** The file a `_sanityAsset` value points at, or undefined for anything but a local file. */
export function attachmentPath(sanityAsset: string): string | undefined {
  const match = FILE_ASSET.exec(sanityAsset)
  return match ? fileURLToPath(match[1]!) : undefined
}
