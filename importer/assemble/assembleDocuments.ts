import {classifyPages} from '../classify/classifyPages.ts'
import {extractFacts} from '../extract/extractFacts.ts'
import {createLinkResolver} from '../links/createLinkResolver.ts'
import {loadWikiIndex} from '../links/loadWikiIndex.ts'
import {resolveLinks} from '../links/resolveLinks.ts'
import type {PageRecord} from '../types.ts'
import {composeDocuments} from './composeDocuments.ts'
import type {AssembleOptions, AssembleResult} from './types.ts'

/**
 * The structure stages in order, for a pipeline that wants them as one step: classify the pages,
 * extract facts, resolve links, compose the documents. Each stage is exported on its own too.
 * The set of documents "in the tree" is exactly `records`: no reference points anywhere else.
 */
export function assembleDocuments(records: readonly PageRecord[], options: AssembleOptions): AssembleResult {
  const index = options.wikiIndex ?? loadWikiIndex(options.wikiRoot, {redirects: options.redirects, redirectsFile: options.redirectsFile})
  const classification = classifyPages(records)
  const resolver = createLinkResolver(index, {
    documentIds: new Map(classification.pages.map((page) => [page.sourcePath, page.documentId])),
    siteUrl: options.siteUrl,
    attachmentsDir: options.attachmentsDir,
  })
  const extraction = extractFacts(classification, resolver)
  const links = resolveLinks(
    classification.pages.map((page) => ({
      sourcePath: page.sourcePath,
      source: page.record.file.text,
      body: page.record.page.body,
      toctree: page.record.page.toctree,
    })),
    resolver,
  )
  return composeDocuments(classification, extraction, links, resolver)
}
