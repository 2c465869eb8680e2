import {createRequire} from 'node:module'
import {runChild} from './importRun.ts'

/** Alternating rounds, so that machine noise hits both alike; the figure is the median. */
const ROUNDS = 3

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/**
 * The target of issue 13: the whole import of psf/ + python/ (every stage, NDJSON written) at
 * least as fast as @portabletext/markdown 2.x converting the same files, and under 300 MB. Both
 * run as processes of their own, timed from spawn to exit (start-up included), in the same run.
 */
export function benchImportVsOfficial(): string[] {
  const version = (createRequire(import.meta.url)('@portabletext/markdown/package.json') as {version: string}).version
  const imports: {wallSeconds: number; peakRssMb: number; written: number}[] = []
  const officials: {wallSeconds: number; peakRssMb: number; pages: number}[] = []
  for (let round = 0; round < ROUNDS; round++) {
    imports.push(runChild('importPeak.ts'))
    officials.push(runChild('officialPeak.ts'))
  }
  const ours = median(imports.map((run) => run.wallSeconds))
  const official = median(officials.map((run) => run.wallSeconds))
  const peak = Math.max(...imports.map((run) => run.peakRssMb))
  return [
    `whole import vs @portabletext/markdown ${version}: psf/ + python/ (${officials[0]!.pages} pages), process wall time, median of ${ROUNDS} alternating rounds`,
    `  this import (all stages, ${imports[0]!.written} documents written): ${ours.toFixed(2)} s, peak RSS ${peak.toFixed(0)} MB (target <= 300)`,
    `  @portabletext/markdown (read + convert):        ${official.toFixed(2)} s, peak RSS ${Math.max(...officials.map((run) => run.peakRssMb)).toFixed(0)} MB`,
    `  ratio (official time / import time):           ${(official / ours).toFixed(2)} (target >= 1.0)`,
  ]
}
