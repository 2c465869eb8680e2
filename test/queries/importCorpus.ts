import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** The real wiki, beside the project (see README). */
export const CORPUS = path.resolve('../shared/corpus/psf-wiki')
export const WORKING_GROUPS = path.join(CORPUS, 'psf/working-groups')

/**
 * Imports folders of the real wiki with the importer's own entry point and returns the NDJSON
 * file it wrote and its report. Fails with a clear message when the corpus is missing.
 */
export async function importCorpus(sources: string[] = [WORKING_GROUPS]): Promise<{file: string; reportFile: string; exitCode: number}> {
  if (!existsSync(CORPUS)) throw new Error(`The real wiki is missing: expected it at ${CORPUS} (see README)`)
  const {runImport} = await import('../../importer/pipeline.ts')
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-dataset-'))
  const file = path.join(dir, 'dataset.ndjson')
  const reportFile = path.join(dir, 'report.json')
  const {exitCode, report} = await runImport({sources, siteUrl: 'https://wiki.python.org/', maxFileBytes: 5 * 1024 * 1024, out: file})
  writeFileSync(reportFile, JSON.stringify(report))
  return {file, reportFile, exitCode}
}
