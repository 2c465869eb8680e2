import {markdownToPortableText} from '@portabletext/markdown'
import {createRequire} from 'node:module'
import path from 'node:path'
import {convertPage} from '../importer/convert/convertPage.ts'
import type {SourceFile} from '../importer/types.ts'
import {corpusFiles} from '../test/support/corpus.ts'

const ROUNDS = 5

/** Seconds one pass of `convert` over all files takes. */
function timePass(files: readonly SourceFile[], convert: (file: SourceFile) => unknown): number {
  const start = performance.now()
  for (const file of files) convert(file)
  return (performance.now() - start) / 1000
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/**
 * Conversion speed of psf/ + python/: this importer's convert stage alone against the official
 * @portabletext/markdown converter (2.x), in the same process, alternating rounds so that machine noise
 * hits both alike. Figures are medians; the target is a ratio, not an absolute time.
 */
export function benchConvert(): string[] {
  const files = corpusFiles('psf', 'python')
  const megabytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0) / 1e6
  const ours = (file: SourceFile) => convertPage(file.text, {fallbackTitle: path.basename(file.path, '.md'), path: file.path})
  const official = (file: SourceFile) => markdownToPortableText(file.text)
  timePass(files, ours) // warm-up: JIT and lazy initialisation
  timePass(files, official)
  const oursTimes: number[] = []
  const officialTimes: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    oursTimes.push(timePass(files, ours))
    officialTimes.push(timePass(files, official))
  }
  const version = (createRequire(import.meta.url)('@portabletext/markdown/package.json') as {version: string}).version
  const oursRate = megabytes / median(oursTimes)
  const officialRate = megabytes / median(officialTimes)
  return [
    `convert: ${files.length} files, ${megabytes.toFixed(1)} MB (psf/ + python/), median of ${ROUNDS} rounds`,
    `  this importer:          ${oursRate.toFixed(1)} MB/s (target >= 15)`,
    `  @portabletext/markdown ${version}: ${officialRate.toFixed(1)} MB/s`,
    `  ratio:                  ${(oursRate / officialRate).toFixed(2)}x (target >= 3x)`,
  ]
}
