import {existsSync, statSync} from 'node:fs'
import path from 'node:path'
import {readTree, type ReadIssue, type ReadResult} from './read/readTree.ts'
import type {ImportReport, FileReport} from './report/types.ts'
import {summarize} from './report/summarize.ts'
import type {ImportedDocument, PageRecord, SourceFile} from './types.ts'
import {writeNdjson} from './write/writeNdjson.ts'
import {withImportHash} from '../dataset/withImportHash.ts'
import {convertPages} from './stages/convertPages.ts'
import {classifyPages} from './classify/classifyPages.ts'
import type {Classification} from './classify/types.ts'
import {extractFacts} from './extract/extractFacts.ts'
import {loadWikiIndex} from './links/loadWikiIndex.ts'
import {createLinkResolver} from './links/createLinkResolver.ts'
import {resolveLinks} from './links/resolveLinks.ts'
import {composeDocuments} from './assemble/composeDocuments.ts'
import {validateDocuments} from './stages/validateDocuments.ts'
import {measureFidelity} from './stages/measureFidelity.ts'
import {findWikiRoot} from './read/findWikiRoot.ts'

export interface ImportOptions {
  /** The folders to import, read in order as one tree (e.g. `psf/` and `python/`). */
  sources: string[]
  /** The wiki root (holds `_redirects.json`); found by walking up from the first source when not given. */
  wikiRoot?: string
  /** NDJSON dataset file to write; nothing is written when absent. */
  out?: string
  redirectsFile?: string
  siteUrl: string
  maxFileBytes: number
  /** Told about progress through each stage, for a progress bar. */
  onProgress?: (stage: string, done: number, total: number) => void
}

export interface ImportResult {
  report: ImportReport
  documents: ImportedDocument[]
  /** Process exit code: 0 only when every file became a valid, written document. */
  exitCode: number
}

/**
 * Runs the importer's stages in order: read, convert (parse + convert), index the wiki, classify,
 * extract, resolve links, assemble documents, measure fidelity, validate, write. Each stage is its
 * own module; this function only hands the output of one to the next and records what each took.
 */
export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const startedAt = new Date()
  const stages: ImportReport['stages'] = []
  const timed = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now()
    const value = await run()
    stages.push({name, ms: Math.round(performance.now() - start), rssMb: Math.round(process.memoryUsage.rss() / 1024 / 1024)})
    return value
  }

  const sourceDirs = options.sources.map((source) => path.resolve(source))
  for (const dir of sourceDirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`source folder not found: ${dir}`)
  }
  const wikiRoot = options.wikiRoot ? path.resolve(options.wikiRoot) : findWikiRoot(sourceDirs[0]!)
  const files = new Map<string, FileReport>()
  const row = (sourcePath: string) => {
    let report = files.get(sourcePath)
    if (!report) files.set(sourcePath, (report = {sourcePath, status: 'imported', errors: [], warnings: []}))
    return report
  }

  // The sources, converted records, wiki index and links exist only inside `buildDocuments`:
  // once it returns, all that is left of them is the documents and the report rows.
  const {documents, sourceOf, notices} = await buildDocuments({...options, sourceDirs, wikiRoot}, timed, row)

  const validated = await timed('validate', () => validateDocuments(documents, sourceOf, options.onProgress))
  for (const invalid of validated.invalid) {
    Object.assign(row(invalid.sourcePath), {status: 'invalid'}).errors.push(...invalid.errors)
  }
  for (const warning of validated.warnings) row(warning.sourcePath).warnings.push(warning.warning)

  // Stamped with the hash of what the importer wrote, so that a dataset loaded from this file
  // (local Studio, `sanity dataset import`) tells an editor's later change from the import's.
  const written = validated.valid.map(withImportHash)
  if (options.out) await timed('write', () => writeNdjson(options.out!, written))

  const fileRows = [...files.values()].sort((a, b) => a.sourcePath.localeCompare(b.sourcePath))
  const report: ImportReport = {
    sources: sourceDirs,
    wikiRoot,
    out: options.out,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    summary: summarize(fileRows, options.out ? written.length : 0, documents.length),
    stages,
    files: fileRows,
    notices,
  }
  const failed = fileRows.some((file) => file.status !== 'imported')
  return {report, documents: written, exitCode: failed ? 1 : 0}
}

type Timed = <T>(name: string, run: () => T | Promise<T>) => Promise<T>

/**
 * The stages from read to fidelity: the documents, each file's report row filled in (outcome,
 * fidelity), and which file each document came from. Fidelity is measured here, as soon as the
 * documents exist, because it is the last stage that needs the sources and converted records.
 */
async function buildDocuments(
  options: ImportOptions & {sourceDirs: string[]; wikiRoot: string},
  timed: Timed,
  row: (sourcePath: string) => FileReport,
): Promise<{documents: ImportedDocument[]; sourceOf: Map<string, string>; notices: ImportReport['notices']}> {
  const read = await timed('read', () => readTrees(options.sourceDirs, options.wikiRoot, options.maxFileBytes))
  const notices = recordReadIssues(read.issues, row)

  const converted = await timed('convert', () => convertPages(read.files, options.onProgress))
  for (const failure of converted.failures) {
    Object.assign(row(failure.sourcePath), {status: 'failed'}).errors.push(failure.toJSON())
  }

  const index = await timed('index wiki', () => loadWikiIndex(options.wikiRoot, {redirectsFile: options.redirectsFile}))
  const classification = await timed('classify', () => classifyPages(converted.records))
  const resolver = createLinkResolver(index, {
    documentIds: new Map(classification.pages.map((page) => [page.sourcePath, page.documentId])),
    siteUrl: options.siteUrl,
  })
  const extraction = await timed('extract', () => extractFacts(classification, resolver))
  const links = await timed('resolve links', () => resolveLinks(linkablePages(classification), resolver))
  const built = await timed('assemble', () => composeDocuments(classification, extraction, links, resolver))
  const sourceOf = new Map<string, string>()
  for (const outcome of built.files.values()) {
    const report = row(outcome.sourcePath)
    Object.assign(report, {
      documentId: outcome.documentId,
      type: outcome.type,
      extracted: outcome.extracted,
      brokenLinks: outcome.brokenLinks.map(({href, line, reason}) => ({href, line, reason})),
    })
    report.warnings.push(...outcome.warnings)
    sourceOf.set(outcome.documentId, outcome.sourcePath)
    for (const derived of outcome.derivedDocuments) sourceOf.set(derived.documentId, outcome.sourcePath)
  }

  await timed('fidelity', () => {
    const byId = new Map(built.documents.map((document) => [document._id, document]))
    for (const record of converted.records) {
      const outcome = built.files.get(record.file.path)
      const document = outcome ? byId.get(outcome.documentId) : undefined
      if (outcome && document) row(outcome.sourcePath).fidelity = measureFidelity(record, document)
    }
  })
  return {documents: built.documents, sourceOf, notices}
}

/** What the link stage reads of each classified page. */
function linkablePages(classification: Classification) {
  return classification.pages.map((page) => ({
    sourcePath: page.sourcePath,
    source: page.record.file.text,
    body: page.record.page.body,
    toctree: page.record.page.toctree,
  }))
}

/** The read stage over several folders, as one tree. */
function readTrees(sourceDirs: string[], wikiRoot: string, maxFileBytes: number): ReadResult {
  const merged: ReadResult = {files: [], issues: []}
  for (const sourceDir of sourceDirs) {
    const {files, issues} = readTree({sourceDir, wikiRoot, maxFileBytes})
    merged.files.push(...files)
    merged.issues.push(...issues)
  }
  return merged
}

/** Read errors and warnings become rows of their files; info notices (non-page files) are listed apart. */
function recordReadIssues(issues: ReadIssue[], row: (sourcePath: string) => FileReport): ImportReport['notices'] {
  const notices: ImportReport['notices'] = []
  for (const {severity, page, error} of issues) {
    if (!page) notices.push({severity, code: error.code, sourcePath: error.sourcePath, message: error.message})
    else if (severity === 'error') Object.assign(row(error.sourcePath), {status: 'failed'}).errors.push(error.toJSON())
    else row(error.sourcePath).warnings.push({code: error.code, message: error.message})
  }
  return notices
}

export type {PageRecord, SourceFile}
