import {createHash, randomBytes} from 'node:crypto'
import {copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {badRequest} from '../HttpError.ts'
import type {StoredDocument} from '../../dataset/types.ts'
import {extensionFor, mimeTypeFor} from './mimeTypes.ts'
import {readImageInfo, type ImageInfo} from './readImageInfo.ts'

/** The two kinds of asset the API knows; `images` and `files` in URLs. */
export type AssetKind = 'file' | 'image'

/** A `sanity.fileAsset` or `sanity.imageAsset` document, as the hosted API writes it. */
export interface AssetDocument extends StoredDocument {
  _type: 'sanity.fileAsset' | 'sanity.imageAsset'
  /** The SHA-1 of the bytes, hex; the hosted API's `assetId` is the same hash. */
  assetId: string
  sha1hash: string
  extension: string
  mimeType: string
  size: number
  /** `files/<projectId>/<dataset>/<sha1>.<ext>` or `images/<projectId>/<dataset>/<sha1>-<w>x<h>.<ext>`. */
  path: string
  /** Where this endpoint serves the bytes: its own URL and `path`. */
  url: string
  originalFilename?: string
}

/** What an upload says about the file besides its bytes (the upload URL's query, the Content-Type). */
export interface UploadDetails {
  filename?: string
  contentType?: string
  label?: string
  title?: string
  description?: string
  creditLine?: string
  source?: {id?: string; name?: string; url?: string}
}

export interface AssetLibraryOptions {
  /** The dataset's NDJSON file; the bytes go to the folder beside it (`dataset.ndjson` → `dataset.assets/`). */
  datasetFile: string
  dataset: string
  projectId: string
  /** The endpoint's own URL (`http://127.0.0.1:PORT`), asked each time a URL is made. */
  baseUrl: () => string
}

/** One dataset's assets: the bytes in a folder beside the dataset file, described by asset documents. */
export interface AssetLibrary {
  readonly dir: string
  readonly dataset: string
  readonly projectId: string
  readonly baseUrl: () => string
  /** Stores the bytes (once per content) and returns the asset document that describes them; the caller writes it. */
  store(kind: AssetKind, bytes: Buffer, details?: UploadDetails): AssetDocument
  /** Stores a local file as a file asset (copied, not read twice) and returns its document. */
  storeLocalFile(filePath: string, sha1: string, extension: string): AssetDocument
  /** The stored bytes a URL's file name names (`<sha1>.pdf`, `<sha1>-20x10.png`), with the asset id; undefined for any other name. */
  locate(kind: AssetKind, filename: string): {file: string; assetId: string} | undefined
  /** Whether a document is an asset of this library (a file or image asset whose `path` is in its layout). */
  isLocal(document: StoredDocument): document is AssetDocument
}

/** Served file names: only these shapes reach the file system, so no name can climb out of the folder. */
const SERVED_NAME: Record<AssetKind, RegExp> = {
  file: /^(?<sha1>[0-9a-f]{40})\.(?<extension>[a-z0-9]{1,16})$/,
  image: /^(?<sha1>[0-9a-f]{40})-(?<size>\d{1,6}x\d{1,6})\.(?<extension>[a-z0-9]{1,16})$/,
}

/** Creates the asset library of one dataset; nothing is written until an asset is stored. */
export function createAssetLibrary(options: AssetLibraryOptions): AssetLibrary {
  const dir = options.datasetFile.replace(/\.ndjson$/i, '') + '.assets'
  const prefix = (kind: AssetKind) => `${kind}s/${options.projectId}/${options.dataset}/`

  const describe = (kind: AssetKind, fields: {sha1: string; size: number; extension: string; mimeType: string; image?: ImageInfo}): AssetDocument => {
    const {sha1, image} = fields
    const name = image ? `${sha1}-${image.width}x${image.height}` : sha1
    const assetPath = `${prefix(kind)}${name}.${fields.extension}`
    return {
      _id: image ? `image-${sha1}-${image.width}x${image.height}-${fields.extension}` : `file-${sha1}-${fields.extension}`,
      _type: kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
      assetId: sha1,
      sha1hash: sha1,
      extension: fields.extension,
      mimeType: fields.mimeType,
      size: fields.size,
      path: assetPath,
      url: `${options.baseUrl()}/${assetPath}`,
      ...(image ? {metadata: imageMetadata(image)} : {}),
    }
  }

  /** Where a document's bytes live: the folder mirrors `path` without project and dataset. */
  const fileOf = (kind: AssetKind, assetPath: string) => path.join(dir, `${kind}s`, assetPath.slice(prefix(kind).length))

  return {
    dir,
    dataset: options.dataset,
    projectId: options.projectId,
    baseUrl: options.baseUrl,
    store(kind, bytes, details = {}) {
      const sha1 = createHash('sha1').update(bytes).digest('hex')
      const image = kind === 'image' ? readImageInfo(bytes) : undefined
      if (kind === 'image' && !image) throw badRequest('Invalid image, could not read metadata (the local endpoint reads PNG, JPEG, GIF and WebP)')
      const extension = image?.extension ?? fileExtension(details)
      const mimeType = image?.mimeType ?? (details.contentType && !/octet-stream/.test(details.contentType) ? details.contentType : mimeTypeFor(extension))
      const document = describe(kind, {sha1, size: bytes.length, extension, mimeType, image})
      writeOnce(fileOf(kind, document.path), (target) => writeFileSync(target, bytes))
      return {...document, ...describedBy(details)}
    },
    storeLocalFile(filePath, sha1, extension) {
      const stat = statSync(filePath)
      const document = describe('file', {sha1, size: stat.size, extension, mimeType: mimeTypeFor(extension)})
      writeOnce(fileOf('file', document.path), (target) => copyFileSync(filePath, target))
      const changed = stat.mtime.toISOString()
      return {...document, originalFilename: path.basename(filePath), _createdAt: changed, _updatedAt: changed}
    },
    locate(kind, filename) {
      const match = SERVED_NAME[kind].exec(filename)?.groups
      if (!match) return undefined
      const assetId = kind === 'image' ? `image-${match.sha1}-${match.size}-${match.extension}` : `file-${match.sha1}-${match.extension}`
      return {file: path.join(dir, `${kind}s`, filename), assetId}
    },
    isLocal(document): document is AssetDocument {
      const kind = document._type === 'sanity.fileAsset' ? 'file' : document._type === 'sanity.imageAsset' ? 'image' : undefined
      return kind !== undefined && typeof document.path === 'string' && document.path.startsWith(prefix(kind))
    },
  }
}

/** `meta` is the hosted API's list of what to extract; locally only the dimensions are (no palette, no LQIP). */
function imageMetadata(image: ImageInfo) {
  return {
    _type: 'sanity.imageMetadata',
    dimensions: {_type: 'sanity.imageDimensions', width: image.width, height: image.height, aspectRatio: image.width / image.height},
    hasAlpha: image.hasAlpha,
    isOpaque: !image.hasAlpha,
  }
}

/** The file name's extension, else the Content-Type's, else `bin`; lower case letters and digits only. */
function fileExtension(details: UploadDetails): string {
  const fromName = details.filename ? path.extname(details.filename).slice(1).toLowerCase() : ''
  const extension = fromName || (details.contentType ? extensionFor(details.contentType) : '') || 'bin'
  return /^[a-z0-9]{1,16}$/.test(extension) ? extension : 'bin'
}

/** The optional fields an upload may set, as the hosted API stores them. */
function describedBy(details: UploadDetails): Partial<AssetDocument> {
  const fields: Record<string, unknown> = {}
  for (const key of ['label', 'title', 'description', 'creditLine'] as const) if (details[key]) fields[key] = details[key]
  if (details.filename) fields.originalFilename = path.basename(details.filename)
  if (details.source?.name && details.source.id) fields.source = {name: details.source.name, id: details.source.id, ...(details.source.url ? {url: details.source.url} : {})}
  return fields
}

/**
 * Writes a content-addressed file unless it is there: beside it first, then renamed into place,
 * so that a reader never sees half a file and two writers of the same bytes cannot clash.
 */
function writeOnce(target: string, write: (temporary: string) => void) {
  if (existsSync(target)) return
  mkdirSync(path.dirname(target), {recursive: true})
  const temporary = `${target}.${process.pid}-${randomBytes(4).toString('hex')}.part`
  try {
    write(temporary)
    renameSync(temporary, target)
  } finally {
    rmSync(temporary, {force: true})
  }
}
