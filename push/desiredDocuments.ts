import {resolveAttachments} from '../dataset/resolveAttachments.ts'
import {withImportHash} from '../dataset/withImportHash.ts'
import type {ImportedDocument} from '../importer/index.ts'
import type {PreparedAttachments} from './prepareAttachments.ts'
import type {PushFailure} from './types.ts'

/**
 * The documents as the dataset should hold them: attachments resolved to asset references, each
 * stamped with its import hash. A document whose files did not upload (or cannot be read) is
 * left out, with a failure, and waits for the next run.
 */
export function desiredDocuments(documents: readonly ImportedDocument[], attachments: PreparedAttachments, failures: PushFailure[]): ImportedDocument[] {
  const desired: ImportedDocument[] = []
  for (const document of documents) {
    const {document: resolved, unresolved} = resolveAttachments(document, attachments.assetIds)
    if (unresolved.length > 0) {
      const why = unresolved.map((file) => (attachments.missing.includes(file) ? `${file} (cannot read)` : `${file} (not uploaded)`)).join(', ')
      failures.push({ids: [document._id], code: 'attachment-missing', message: `not written: attachments missing: ${why}`})
      continue
    }
    desired.push(withImportHash(resolved))
  }
  return desired
}
