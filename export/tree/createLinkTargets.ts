import path from 'node:path'
import {attachmentPath} from '../../dataset/findAttachments.ts'
import type {LinkTargets} from '../markdown/types.ts'
import type {DatasetDocument, ExportedFile} from '../types.ts'

/** What the links of every page can point at: each document's page path, and the asset documents. */
export interface TreeIndex {
  pathOf: ReadonlyMap<string, string>
  assets: ReadonlyMap<string, DatasetDocument>
  /** Where an asset's bytes are: a local file (the local Studio's asset folder) or its URL. */
  assetSource(asset: DatasetDocument): ExportedFile['from'] | undefined
}

/** The link from one page to another, relative to the first one's folder. */
const relative = (from: string, to: string) => path.posix.relative(path.posix.dirname(from), to) || path.posix.basename(to)

/**
 * The link targets of one page (`fromPath`): other documents as relative paths without `.md`,
 * as the wiki writes them (`Bylaws/index`, `Conduct Group`: the importer's group index reads the
 * entry names so; Sphinx resolves them as document names), attachments as the
 * wiki writes them (`attachments/<Folder>/<file>`, resolved under `<section>/_attachments/`), and
 * uploaded assets as files in `_files/` beside the page. Every file a link needs is added to `files`.
 */
export function createLinkTargets(fromPath: string, index: TreeIndex, files: Map<string, ExportedFile>, problem: (code: string, message: string) => void): LinkTargets {
  const section = fromPath.split('/')[0]!
  const sourceOf = (value: unknown): ExportedFile['from'] | undefined => {
    const object = value as {_sanityAsset?: unknown; asset?: {_ref?: unknown}} | undefined
    if (typeof object?._sanityAsset === 'string') {
      const file = attachmentPath(object._sanityAsset)
      return file ? {file} : {url: object._sanityAsset.replace(/^\w+@/, '')}
    }
    const ref = object?.asset?._ref
    const asset = typeof ref === 'string' ? index.assets.get(ref) : undefined
    return asset ? index.assetSource(asset) : undefined
  }
  return {
    documentHref(ref, anchor) {
      const target = index.pathOf.get(ref)
      if (!target) {
        problem('dangling-reference', `link to ${ref}, which the export does not write: kept as text`)
        return undefined
      }
      return relative(fromPath, target).replace(/\.md$/i, '') + (anchor ? `#${anchor}` : '')
    },
    attachmentHref(file, sourcePath) {
      const prefix = `${section}/_attachments/`
      if (!sourcePath?.startsWith(prefix)) {
        problem('attachment-outside-section', `attachment ${sourcePath ?? '(no source path)'} is not under ${prefix}: kept as text`)
        return undefined
      }
      const from = sourceOf(file)
      if (!from) {
        problem('attachment-missing', `attachment ${sourcePath} has no file or asset to copy: kept as text`)
        return undefined
      }
      files.set(sourcePath, {path: sourcePath, from})
      return `attachments/${sourcePath.slice(prefix.length)}`
    },
    assetHref(asset, kind) {
      const ref = (asset as {_ref?: unknown} | undefined)?._ref
      const document = typeof ref === 'string' ? index.assets.get(ref) : undefined
      const from = document ? index.assetSource(document) : undefined
      if (!document || !from) {
        problem('asset-missing', `${kind} asset ${String(ref)} is not in the dataset`)
        return undefined
      }
      const name = `${document._id}.${String(document.extension ?? 'bin')}`
      const target = path.posix.join(path.posix.dirname(fromPath), '_files', name)
      files.set(target, {path: target, from})
      return `_files/${name}`
    },
  }
}
