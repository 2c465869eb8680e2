import {copyFileSync, existsSync, mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {createWriteContext} from './markdown/createWriteContext.ts'
import type {WriteProblem} from './markdown/types.ts'
import {createLinkTargets, type TreeIndex} from './tree/createLinkTargets.ts'
import {planPages} from './tree/planPages.ts'
import {writePage} from './tree/writePage.ts'
import {writeTreeAtomic} from './tree/writeTreeAtomic.ts'
import {verifyExport} from './verify/verifyExport.ts'
import {writeBackCharters} from './tree/writeBackCharters.ts'
import {writeBackIndexEntries} from './tree/writeBackIndexEntries.ts'
import type {DatasetDocument, ExportProblem, ExportedFile} from './types.ts'

/** Writer problems where content is lost (not just written in a nearby form): errors, not warnings. */
const LOSSES = new Set(['unknown-block', 'unknown-inline', 'figure-without-image', 'image-without-address', 'asset-missing', 'attachment-missing'])

export interface ExportOptions {
  documents: readonly DatasetDocument[]
  /** Problems found while reading (bad lines); they count like the export's own. */
  readProblems?: ExportProblem[]
  out: string
  /** Where an asset document's bytes are; by default its `url`. */
  assetSource?: TreeIndex['assetSource']
  /** Import the written tree again and report documents that do not come back as they are (see verifyExport). */
  verify?: boolean
  /** The import's `--site-url`, for the verification. */
  siteUrl?: string
}

export interface ExportResult {
  pages: number
  files: number
  /** Documents not written on purpose: drafts, assets, groups derived from another page. */
  skipped: number
  problems: ExportProblem[]
  /** 0 when every document was written as it is; 1 when any was not (the rest are written). */
  exitCode: number
}

/**
 * The export: plans every document's page path, writes each page as MyST with its links relative
 * to the tree, copies the files the pages link to beside them, and writes `_redirects.json` (the
 * documents' old MoinMoin names, which the importer reads back into `provenance.moinName`). The
 * tree is built in a temporary folder and moved into place whole. With `verify`, the tree is
 * imported again and every document that would not come back as it is is an error.
 */
export async function runExport(options: ExportOptions): Promise<ExportResult> {
  // A group's own fields that the wiki keeps on other pages go back to those pages first.
  const charters = writeBackCharters(writeBackIndexEntries(options.documents))
  const plan = planPages(charters.documents)
  const problems: ExportProblem[] = [...(options.readProblems ?? []), ...charters.problems, ...plan.problems]
  const index: TreeIndex = {
    pathOf: new Map(plan.pages.map((page) => [page.document._id, page.path])),
    assets: new Map(options.documents.filter((document) => /^sanity\.(file|image)Asset$/.test(document._type)).map((document) => [document._id, document])),
    assetSource: options.assetSource ?? ((asset) => (typeof asset.url === 'string' ? {url: asset.url} : undefined)),
  }
  const files = new Map<string, ExportedFile>()
  const redirects: Record<string, string> = {}
  const pages = plan.pages.map((page) => {
    const found: WriteProblem[] = []
    const ctx = createWriteContext(createLinkTargets(page.path, index, files, (code, message) => found.push({code, message})), found)
    const text = writePage(page.document, ctx)
    for (const {code, message} of found) {
      problems.push({code, documentId: page.document._id, line: page.document.__line, warning: !LOSSES.has(code), message: `${page.document._id} → ${page.path}: ${message}`})
    }
    const moinName = (page.document.provenance as {moinName?: unknown} | undefined)?.moinName
    if (typeof moinName === 'string') redirects[moinName] = page.path.replace(/\.md$/i, '')
    return {path: page.path, text}
  })

  await writeTreeAtomic(options.out, async (dir) => {
    const place = (relative: string) => {
      const target = path.join(dir, ...relative.split('/'))
      mkdirSync(path.dirname(target), {recursive: true})
      return target
    }
    for (const page of pages) writeFileSync(place(page.path), page.text)
    for (const file of files.values()) {
      const target = place(file.path)
      if ('file' in file.from) {
        if (existsSync(file.from.file)) copyFileSync(file.from.file, target)
        else problems.push({code: 'file-missing', message: `${file.path}: ${file.from.file} does not exist; not copied`})
        continue
      }
      try {
        const response = await fetch(file.from.url)
        if (response.ok) writeFileSync(target, Buffer.from(await response.arrayBuffer()))
        else problems.push({code: 'file-missing', message: `${file.path}: ${file.from.url} answered ${response.status}; not copied`})
      } catch (error) {
        problems.push({code: 'file-missing', message: `${file.path}: ${file.from.url} could not be fetched (${(error as Error).message}); not copied`})
      }
    }
    if (Object.keys(redirects).length) writeFileSync(path.join(dir, '_redirects.json'), `${JSON.stringify(redirects, null, 2)}\n`)
  })
  if (options.verify) {
    problems.push(...(await verifyExport({out: options.out, documents: [...plan.pages.map((page) => page.document), ...plan.derived], siteUrl: options.siteUrl ?? 'https://wiki.python.org/'})))
  }
  const failed = problems.some((problem) => !problem.warning)
  return {pages: pages.length, files: files.size, skipped: plan.skipped, problems, exitCode: failed ? 1 : 0}
}
