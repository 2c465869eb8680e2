import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {runImport} from '../../importer/pipeline.ts'
import {requireCorpus, WORKING_GROUPS} from './corpus.ts'

/**
 * Imports folders of the real wiki with the importer's own entry point and returns the NDJSON
 * file it wrote and its report. Fails with a clear message when the corpus is missing.
 */
export async function importCorpus(sources: string[] = [WORKING_GROUPS]): Promise<{file: string; reportFile: string; exitCode: number}> {
  requireCorpus()
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-dataset-'))
  const file = path.join(dir, 'dataset.ndjson')
  const reportFile = path.join(dir, 'report.json')
  const {exitCode, report} = await runImport({sources, siteUrl: 'https://wiki.python.org/', maxFileBytes: 5 * 1024 * 1024, out: file})
  writeFileSync(reportFile, JSON.stringify(report))
  return {file, reportFile, exitCode}
}
