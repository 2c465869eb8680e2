import {createHash} from 'node:crypto'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {runImport} from '../../importer/pipeline.ts'
import {CORPUS, requireCorpus, WORKING_GROUPS} from './corpus.ts'

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
/** What an import's output depends on besides the wiki: the code that makes it and the packages it runs on. */
const IMPORT_INPUTS = ['importer', 'dataset', 'schemas', 'package-lock.json']
const CACHE = path.join(PROJECT, 'node_modules', '.cache', 'corpus-imports')
const OPTIONS = {siteUrl: 'https://wiki.python.org/', maxFileBytes: 5 * 1024 * 1024}

/**
 * Imports folders of the real wiki with the importer's own entry point and returns the NDJSON
 * file it wrote and its report, each a private copy the caller may change. Fails with a clear
 * message when the corpus is missing.
 *
 * Many suites need the same trees imported; each import is made once and kept in
 * `node_modules/.cache/corpus-imports/<key>`, where the key hashes the sources asked for, every
 * file of the wiki (path, size, mtime), and every file of the import's code and the package lock —
 * so a change to any of them makes a fresh import, and nothing stale is ever served.
 */
export async function importCorpus(sources: string[] = [WORKING_GROUPS]): Promise<{file: string; reportFile: string; exitCode: number}> {
  requireCorpus()
  const cached = await cachedImport(sources)
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-dataset-'))
  const file = path.join(dir, 'dataset.ndjson')
  const reportFile = path.join(dir, 'report.json')
  copyFileSync(path.join(cached, 'dataset.ndjson'), file)
  copyFileSync(path.join(cached, 'report.json'), reportFile)
  const {exitCode} = JSON.parse(readFileSync(path.join(cached, 'outcome.json'), 'utf8')) as {exitCode: number}
  return {file, reportFile, exitCode}
}

/** The cache folder holding this import, made first if needed (in a staging folder, renamed into place whole). */
async function cachedImport(sources: string[]): Promise<string> {
  const folder = path.join(CACHE, importKey(sources))
  if (existsSync(path.join(folder, 'outcome.json'))) return folder
  mkdirSync(CACHE, {recursive: true})
  const staging = mkdtempSync(`${folder}.staging-`)
  try {
    const {exitCode, report} = await runImport({sources, ...OPTIONS, out: path.join(staging, 'dataset.ndjson')})
    writeFileSync(path.join(staging, 'report.json'), JSON.stringify(report))
    writeFileSync(path.join(staging, 'outcome.json'), JSON.stringify({exitCode, sources}))
    try {
      renameSync(staging, folder)
    } catch (error) {
      // Another test process finished the same import first: theirs is as good.
      if (!existsSync(path.join(folder, 'outcome.json'))) throw error
    }
  } finally {
    rmSync(staging, {recursive: true, force: true})
  }
  return folder
}

function importKey(sources: string[]): string {
  const hash = createHash('sha256')
  hash.update(JSON.stringify({sources: sources.map((source) => path.relative(CORPUS, source)), OPTIONS}))
  for (const file of listFiles(CORPUS)) {
    const stat = statSync(file)
    hash.update(`${path.relative(CORPUS, file)}\0${stat.size}\0${stat.mtimeMs}\n`)
  }
  for (const input of IMPORT_INPUTS) {
    for (const file of listFiles(path.join(PROJECT, input))) hash.update(`${path.relative(PROJECT, file)}\0`).update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 24)
}

/** Every file below `entry` (or `entry` itself), in a stable order. */
function listFiles(entry: string): string[] {
  if (!statSync(entry).isDirectory()) return [entry]
  return readdirSync(entry, {recursive: true, withFileTypes: true})
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.join(dirent.parentPath, dirent.name))
    .sort()
}
