/**
 * Run as its own process by the benchmark: reads and converts psf/ + python/ (keeping every
 * converted page, as the import does), then prints the process's peak RSS as JSON. A process of
 * its own, so that the peak belongs to the conversion alone and not to the other sections.
 */
import {convertPages} from '../importer/convert/convertPages.ts'
import {corpusFiles} from '../test/support/corpus.ts'

const start = performance.now()
const {records, failures} = convertPages(corpusFiles('psf', 'python'))
const seconds = (performance.now() - start) / 1000
console.log(JSON.stringify({seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, pages: records.length, failures: failures.length}))
