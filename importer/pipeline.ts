import {existsSync, statSync} from 'node:fs'
import path from 'node:path'
import type {ReadIssue, ReadResult} from './read/readTree.ts'
import {findWikiRoot} from './read/findWikiRoot.ts'
import type {ImportReport, FileReport} from './report/types.ts'
import {summarize} from './report/summarize.ts'
import type {ImportedDocument, PageRecord, SourceFile} from './types.ts'
import type {LinkResolver, WikiIndex} from './links/types.ts'
import type {Classification} from './classify/types.ts'
import type {Extraction} from './extract/types.ts'
import type {PageLinks} from './links/resolvePageLinks.ts'
import type {AssembleResult} from './assemble/types.ts'
import type {ValidationOutcome} from './validate/validateDocuments.ts'

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
  /**
   * Worker threads for the per-page work (convert); the output is the same for any number. Default
   * 1, in this thread: copying the converted pages back costs more than converting them, so two
   * workers were slower, and added about 100 MB (README, "Speed").
   */
  workers?: number
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
 * What the stages hand on during one run. Each stage fills its part; a part is dropped (set to
 * undefined) by the last stage that reads it, so that what a run holds shrinks as it goes.
 */
interface Run {
  options: ImportOptions & {sourceDirs: string[]; wikiRoot: string}
  /** The report row of a file, made on first use. */
  row: (sourcePath: string) => FileReport
  notices: ImportReport['notices']
  files?: SourceFile[]
  records?: PageRecord[]
  index?: WikiIndex
  classification?: Classification
  resolver?: LinkResolver
  extraction?: Extraction
  links?: Map<string, PageLinks>
  assembled?: AssembleResult
  /** Which file each document came from, derived documents included. */
  sourceOf: Map<string, string>
  validated?: ValidationOutcome
  /** The documents as written: valid, stamped with their import hash. */
  written?: ImportedDocument[]
}

/** One step of the import: a name for the report and the CLI, and what it does to the run. */
export interface Stage {
  name: string
  /** One line for `--help`. */
  does: string
  run(run: Run): void | Promise<void>
}

/** A part of the run an earlier stage must have filled; its absence is a bug in the stage order. */
function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`pipeline: ${what} is not there; a stage is out of order`)
  return value
}

/**
 * The importer's stages, in the order they run. Each is a function of its own folder, loaded when
 * the stage starts: `--help`, or a run that stops early, does not pay for the code of the stages
 * (Sanity's rule code for validation above all; see validate/sanity/loadSanityRuntime.ts).
 */
export const STAGES: readonly Stage[] = [
  {
    name: 'read',
    does: 'every .md below --source, strictly decoded',
    async run(run) {
      const {readTree} = await import('./read/readTree.ts')
      const read = readTrees(readTree, run.options.sourceDirs, run.options.wikiRoot, run.options.maxFileBytes)
      run.files = read.files
      run.notices = recordReadIssues(read.issues, run.row)
    },
  },
  {
    name: 'convert',
    does: 'parse MyST markdown, convert it to Portable Text',
    async run(run) {
      const {convertPagesInWorkers} = await import('./convert/convertPagesInWorkers.ts')
      const workers = run.options.workers ?? 1
      const converted = await convertPagesInWorkers(need(run.files, 'read'), workers, run.options.onProgress)
      for (const failure of converted.failures) {
        Object.assign(run.row(failure.sourcePath), {status: 'failed'}).errors.push(failure.toJSON())
      }
      run.records = converted.records
      run.files = undefined
    },
  },
  {
    name: 'index wiki',
    does: "every page, attachment and redirect of the wiki root",
    async run(run) {
      const {loadWikiIndex} = await import('./links/loadWikiIndex.ts')
      run.index = loadWikiIndex(run.options.wikiRoot, {redirectsFile: run.options.redirectsFile})
    },
  },
  {
    name: 'classify',
    does: 'what each page becomes: working group, legacy page, member list',
    async run(run) {
      const {classifyPages} = await import('./classify/classifyPages.ts')
      const {createLinkResolver} = await import('./links/createLinkResolver.ts')
      const classification = classifyPages(need(run.records, 'convert'))
      run.classification = classification
      run.resolver = createLinkResolver(need(run.index, 'index wiki'), {
        documentIds: new Map(classification.pages.map((page) => [page.sourcePath, page.documentId])),
        siteUrl: run.options.siteUrl,
      })
      run.index = undefined
    },
  },
  {
    name: 'extract',
    does: 'members, roles, contacts, member-list usernames',
    async run(run) {
      const {extractFacts} = await import('./extract/extractFacts.ts')
      run.extraction = extractFacts(need(run.classification, 'classify'), need(run.resolver, 'classify'))
    },
  },
  {
    name: 'resolve links',
    does: 'internal references, redirects, attachments, broken links',
    async run(run) {
      const {resolveLinks} = await import('./links/resolveLinks.ts')
      run.links = resolveLinks(linkablePages(need(run.classification, 'classify')), need(run.resolver, 'classify'))
    },
  },
  {
    name: 'assemble',
    does: 'the documents: charters, pages in source order, unique slugs',
    async run(run) {
      const {composeDocuments} = await import('./assemble/composeDocuments.ts')
      const assembled = composeDocuments(need(run.classification, 'classify'), need(run.extraction, 'extract'), need(run.links, 'resolve links'), need(run.resolver, 'classify'))
      for (const outcome of assembled.files.values()) {
        const report = run.row(outcome.sourcePath)
        Object.assign(report, {
          documentId: outcome.documentId,
          type: outcome.type,
          extracted: outcome.extracted,
          brokenLinks: outcome.brokenLinks.map(({href, line, reason}) => ({href, line, reason})),
        })
        report.warnings.push(...outcome.warnings)
        run.sourceOf.set(outcome.documentId, outcome.sourcePath)
        for (const derived of outcome.derivedDocuments) run.sourceOf.set(derived.documentId, outcome.sourcePath)
      }
      run.assembled = assembled
      Object.assign(run, {classification: undefined, extraction: undefined, links: undefined, resolver: undefined})
    },
  },
  {
    name: 'fidelity',
    does: 'share of the words a reader sees that the document holds',
    async run(run) {
      const {measureFidelity} = await import('./fidelity/measureFidelity.ts')
      const {documents, files} = need(run.assembled, 'assemble')
      const byId = new Map(documents.map((document) => [document._id, document]))
      for (const record of need(run.records, 'convert')) {
        const outcome = files.get(record.file.path)
        const document = outcome ? byId.get(outcome.documentId) : undefined
        if (outcome && document) run.row(outcome.sourcePath).fidelity = measureFidelity(record, document)
      }
      // The last reader of the sources and converted pages: from here on, only documents remain.
      run.records = undefined
    },
  },
  {
    name: 'validate',
    does: "the Studio schema's own rules; invalid documents are not written",
    async run(run) {
      const {validateDocuments} = await import('./validate/validateDocuments.ts')
      const {withImportHash} = await import('../dataset/withImportHash.ts')
      const validated = await validateDocuments(need(run.assembled, 'assemble').documents, run.sourceOf, {onProgress: run.options.onProgress})
      for (const invalid of validated.invalid) {
        Object.assign(run.row(invalid.sourcePath), {status: 'invalid'}).errors.push(...invalid.errors)
      }
      for (const warning of validated.warnings) run.row(warning.sourcePath).warnings.push(warning.warning)
      // Stamped with the hash of what the importer wrote, so that a dataset loaded from this file
      // (local Studio, `sanity dataset import`) tells an editor's later change from the import's.
      run.written = validated.valid.map(withImportHash)
      run.validated = validated
    },
  },
  {
    name: 'write',
    does: 'NDJSON, atomically (or, with --project/--dataset, the Content Lake: push/)',
    async run(run) {
      const {writeNdjson} = await import('./write/writeNdjson.ts')
      if (run.options.out) writeNdjson(run.options.out, need(run.written, 'validate'))
    },
  },
]

/**
 * Runs the importer's stages (`STAGES`) in order, records what each took, and builds the report.
 * This function only hands the run from one stage to the next.
 */
export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const startedAt = new Date()
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
  const run: Run = {options: {...options, sourceDirs, wikiRoot}, row, notices: [], sourceOf: new Map()}

  const stages: ImportReport['stages'] = []
  for (const stage of STAGES) {
    const start = performance.now()
    await stage.run(run)
    stages.push({name: stage.name, ms: Math.round(performance.now() - start), rssMb: Math.round(process.memoryUsage.rss() / 1024 / 1024)})
  }

  const written = need(run.written, 'validate')
  const fileRows = [...files.values()].sort((a, b) => a.sourcePath.localeCompare(b.sourcePath))
  const report: ImportReport = {
    sources: sourceDirs,
    wikiRoot,
    out: options.out,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    summary: summarize(fileRows, options.out ? written.length : 0, need(run.assembled, 'assemble').documents.length),
    stages,
    files: fileRows,
    notices: run.notices,
  }
  const failed = fileRows.some((file) => file.status !== 'imported')
  return {report, documents: written, exitCode: failed ? 1 : 0}
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
function readTrees(readTree: typeof import('./read/readTree.ts').readTree, sourceDirs: string[], wikiRoot: string, maxFileBytes: number): ReadResult {
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
