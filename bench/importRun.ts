import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The whole import of psf/ + python/ in a child process: wall time, stage times, peak memory. */
export function benchImport(): string[] {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'importPeak.ts')
  // The same V8 flag as `npm run import`: a 16 MB young generation instead of V8's default of up
  // to 128 MB here, which was pure allocation slack (about 100 MB of RSS, no speed gained).
  const output = execFileSync(process.execPath, ['--max-semi-space-size=16', script], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  const run = JSON.parse(output.trim().split('\n').pop()!) as {
    seconds: number
    peakRssMb: number
    files: number
    written: number
    stages: {name: string; ms: number; rssMb: number}[]
    fidelity: {min: number; mean: number; pagesBelow995: number}
  }
  return [
    `import: psf/ + python/, ${run.files} files → ${run.written} documents in ${run.seconds.toFixed(1)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB (target <= 300)`,
    `  stages (time, RSS after): ${run.stages.map((stage) => `${stage.name} ${(stage.ms / 1000).toFixed(2)} s ${stage.rssMb} MB`).join(', ')}`,
    `  fidelity: mean ${(run.fidelity.mean * 100).toFixed(2)} %, min ${(run.fidelity.min * 100).toFixed(2)} %, ${run.fidelity.pagesBelow995} pages below 99.5 %`,
  ]
}
