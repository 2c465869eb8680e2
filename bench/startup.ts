import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {runChild} from './importRun.ts'

const ROUNDS = 5

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Seconds from spawn to exit of `node <args>`. */
function wallSeconds(args: string[]): number {
  const start = performance.now()
  execFileSync(process.execPath, args, {stdio: 'ignore'})
  return (performance.now() - start) / 1000
}

/**
 * Start-up and the small case (issue 13): `npm run import -- --help` against a bare script that
 * only imports yargs and markdown-it (target: within 3×), and the peak RSS of importing the
 * shipped sample (target: under 150 MB). Each in a process of its own, alternating rounds.
 */
export function benchStartup(): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-startup-'))
  try {
    const bare: number[] = []
    const help: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      bare.push(wallSeconds(['--input-type=module', '--eval', "await import('yargs'); await import('markdown-it')"]))
      help.push(wallSeconds([path.resolve(import.meta.dirname, '../importer/cli.ts'), '--help']))
    }
    const sample = [1, 2, 3].map(() => runChild<{peakRssMb: number}>('startupRun.ts', ['--out', path.join(dir, 'dataset.ndjson'), '--report', path.join(dir, 'report.json')]))
    return [
      `start-up: median of ${ROUNDS} alternating rounds, process wall time`,
      `  bare script (yargs + markdown-it): ${(median(bare) * 1000).toFixed(0)} ms`,
      `  npm run import -- --help:         ${(median(help) * 1000).toFixed(0)} ms, ratio ${(median(help) / median(bare)).toFixed(2)} (target <= 3)`,
      `  sample import (11 pages):         ${(median(sample.map((run) => run.wallSeconds)) * 1000).toFixed(0)} ms, peak RSS ${Math.max(...sample.map((run) => run.peakRssMb)).toFixed(0)} MB (target < 150)`,
    ]
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
