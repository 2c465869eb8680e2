import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {importSettings} from './importSettings.ts'

/**
 * Runs a benchmark script in a child process, so that its peak RSS is its own, with the same
 * process settings as `npm run import` (`importSettings`; the README's "Speed" section says what
 * each one is for).
 */
export function runChild<T>(script: string, args: string[] = []): T & {wallSeconds: number} {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), script)
  const start = performance.now()
  const {env, nodeOptions} = importSettings()
  const output = execFileSync(process.execPath, [...nodeOptions, file, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {...process.env, ...env},
  })
  const wallSeconds = (performance.now() - start) / 1000
  return {...(JSON.parse(output.trim().split('\n').pop()!) as T), wallSeconds}
}

/** Peak memory of converting psf/ + python/ (read + parse + convert, results kept). */
export function benchConvertMemory(): string[] {
  const run = runChild<{seconds: number; peakRssMb: number; pages: number}>('convertPeak.ts')
  return [`convert memory: ${run.pages} pages read and converted in ${run.seconds.toFixed(1)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB (target <= 300)`]
}

/** The whole import of psf/ + python/ in a child process: wall time, stage times, peak memory. */
export function benchImport(): string[] {
  const run = runChild<{
    seconds: number
    peakRssMb: number
    files: number
    written: number
    stages: {name: string; ms: number; rssMb: number}[]
    fidelity: {min: number; mean: number; pagesBelow995: number}
  }>('importPeak.ts')
  return [
    `import: psf/ + python/, ${run.files} files → ${run.written} documents in ${run.seconds.toFixed(1)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB (all stages, including Sanity's schema rules)`,
    `  stages (time, RSS after): ${run.stages.map((stage) => `${stage.name} ${(stage.ms / 1000).toFixed(2)} s ${stage.rssMb} MB`).join(', ')}`,
    `  fidelity: mean ${(run.fidelity.mean * 100).toFixed(2)} %, min ${(run.fidelity.min * 100).toFixed(2)} %, ${run.fidelity.pagesBelow995} pages below 99.5 %`,
  ]
}
