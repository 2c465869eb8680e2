/**
 * Run as its own process by the benchmark: one full import of psf/ + python/ (every stage,
 * writing the NDJSON to a temporary file), then prints its wall time and peak RSS as JSON. A
 * separate process, so that the peak belongs to the import alone.
 */
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {runImport} from '../importer/pipeline.ts'
import {requireCorpus} from '../test/support/corpus.ts'

const root = requireCorpus()
const dir = mkdtempSync(path.join(tmpdir(), 'bench-import-'))
const start = performance.now()
const result = await runImport({
  sources: [path.join(root, 'psf'), path.join(root, 'python')],
  out: path.join(dir, 'dataset.ndjson'),
  siteUrl: 'https://wiki.python.org/',
  maxFileBytes: 5 * 1024 * 1024,
})
const seconds = (performance.now() - start) / 1000
rmSync(dir, {recursive: true, force: true})
console.log(
  JSON.stringify({
    seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    files: result.report.summary.files,
    written: result.report.summary.written,
    stages: result.report.stages,
    fidelity: result.report.summary.fidelity,
  }),
)
