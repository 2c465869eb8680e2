import {readFileSync} from 'node:fs'
import path from 'node:path'
import {comparePage} from './compare/comparePage.ts'
import {documentOutline} from './document/documentOutline.ts'
import {documentFor} from './documentFor.ts'
import {listPages} from './listPages.ts'
import {readDataset} from './readDataset.ts'
import {referenceOutline} from './reference/referenceOutline.ts'
import {summarize} from './report/summarize.ts'
import type {VerifyReport} from './report/types.ts'
import type {PageResult} from './types.ts'

export interface VerifyOptions {
  sources: string[]
  dataset: string
}

/**
 * Verifies an imported dataset against its source pages: each page under the sources is read
 * by the independent MyST parser and compared with the document whose `provenance.sourcePath`
 * it is. Throws only when the run cannot start (dataset unreadable, no page found).
 */
export function runVerify(options: VerifyOptions): VerifyReport {
  const startedAt = new Date()
  const dataset = readDataset(options.dataset)
  const {pages: files, errors} = listPages(options.sources)
  errors.push(...dataset.errors)
  if (files.length === 0) throw new Error(`no .md page under ${options.sources.join(', ')}`)

  const pages: PageResult[] = files.map((file) => verifyPage(file, dataset.bySourcePath))
  return {
    sources: options.sources.map((source) => path.resolve(source)),
    dataset: path.resolve(options.dataset),
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    summary: summarize(pages),
    errors,
    pages,
  }
}

function verifyPage(file: string, bySourcePath: Map<string, Record<string, unknown>>): PageResult {
  const match = documentFor(file, bySourcePath)
  if (!match) return {sourcePath: file, status: 'no-document', examples: [`${file}: no document in the dataset has it as provenance.sourcePath`]}
  let source: string
  try {
    source = new TextDecoder('utf-8', {fatal: true}).decode(readFileSync(file))
  } catch (error) {
    return {sourcePath: match.sourcePath, status: 'error', error: `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`}
  }
  try {
    const reference = referenceOutline(source)
    const document = documentOutline(match.document)
    return {documentId: String(match.document._id), ...comparePage(match.sourcePath, reference, document, String(match.document._type))}
  } catch (error) {
    return {sourcePath: match.sourcePath, status: 'error', error: `${file}: cannot compare (${(error as Error).message})`}
  }
}
