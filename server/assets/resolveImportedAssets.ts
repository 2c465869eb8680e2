import {findAttachments} from '../../dataset/findAttachments.ts'
import {hashAttachments} from '../../dataset/hashAttachments.ts'
import {importHash, storedImportHash} from '../../dataset/importHash.ts'
import {resolveAttachments} from '../../dataset/resolveAttachments.ts'
import {withImportHash} from '../../dataset/withImportHash.ts'
import type {StoredDocument} from '../../dataset/types.ts'
import type {AssetDocument, AssetLibrary} from './createAssetLibrary.ts'

/**
 * The store's `prepare` step for a dataset with a local asset library. The documents become what
 * the push would leave in a hosted dataset: each `_sanityAsset: 'file@file:///…'` whose file
 * exists is copied into the library, described by a `sanity.fileAsset` document (one per SHA-1,
 * an existing one reused) and referenced as `asset: {_type: 'reference', _ref}`; a document the
 * importer wrote and nobody edited gets the import hash of its resolved content, as the push
 * stamps it, so an edit still shows and an unedited document does not look edited. A missing
 * file stays as it is and is told to `log` once. Local asset documents get the URL of the
 * endpoint serving them now (the port may differ from the one that wrote them).
 */
export function resolveImportedAssets(library: AssetLibrary, log: (message: string) => void = () => {}): (documents: StoredDocument[]) => StoredDocument[] {
  const reported = new Set<string>()
  const report = (file: string, why: string) => {
    if (reported.has(file)) return
    reported.add(file)
    log(`${library.dataset}: attachment ${file} ${why}; its documents keep _sanityAsset`)
  }
  return (documents) => {
    try {
      return resolve(documents, library, report)
    } catch (error) {
      // The documents are served as imported rather than not at all (a `file://` URL naming a host, say).
      report('(any)', `resolution failed: ${(error as Error).message}`)
      return documents
    }
  }
}

function resolve(documents: StoredDocument[], library: AssetLibrary, report: (file: string, why: string) => void): StoredDocument[] {
  const served = documents.map((document) => (library.isLocal(document) ? withCurrentUrl(document, library) : document))
  const attaching = new Set(served.filter((document) => findAttachments([document]).length > 0))
  if (attaching.size === 0) return served

  const {files, missing} = hashAttachments(findAttachments([...attaching]))
  for (const file of missing) report(file, 'is missing')
  const bySha1 = new Map<string, string>()
  for (const document of served) if (document._type === 'sanity.fileAsset' && typeof document.sha1hash === 'string') bySha1.set(document.sha1hash, document._id)
  const created: StoredDocument[] = []
  const assetIds = new Map<string, string>()
  for (const file of files) {
    let id = bySha1.get(file.sha1)
    let asset: AssetDocument
    try {
      // Stored (again) even when the document exists: the folder may have been removed since.
      asset = library.storeLocalFile(file.path, file.sha1, file.predictedId.slice(`file-${file.sha1}-`.length))
    } catch (error) {
      // A folder the endpoint cannot write (a read-only dataset) must not stop it serving the documents.
      report(file.path, `cannot be copied into ${library.dir} (${(error as Error).message})`)
      continue
    }
    if (!id) {
      id = asset._id
      bySha1.set(file.sha1, id)
      created.push(asset)
    }
    assetIds.set(file.path, id)
  }
  const resolved = served.map((document) => (attaching.has(document) ? resolveDocument(document, assetIds) : document))
  return [...resolved, ...created]
}

function resolveDocument(document: StoredDocument, assetIds: ReadonlyMap<string, string>): StoredDocument {
  const {document: resolved} = resolveAttachments(document, assetIds)
  const stored = storedImportHash(document)
  const unedited = stored !== undefined && stored === importHash(document)
  return unedited ? withImportHash(resolved as StoredDocument & {provenance: Record<string, unknown>}) : resolved
}

function withCurrentUrl(document: AssetDocument, library: AssetLibrary): StoredDocument {
  const url = `${library.baseUrl()}/${document.path}`
  return document.url === url ? document : {...document, url}
}
