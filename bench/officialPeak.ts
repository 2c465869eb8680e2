/**
 * Run as its own process by the benchmark: the baseline of the whole-import comparison. Reads
 * psf/ + python/ with the importer's read stage and converts every page with the official
 * @portabletext/markdown (2.x), keeping the results as the import keeps its documents, then
 * prints its peak RSS as JSON. The parent times the process from spawn to exit, as it does the import.
 */
import {enableCompileCache} from 'node:module'

// As the import's command line does, so that both sides start alike.
enableCompileCache()
const {markdownToPortableText} = await import('@portabletext/markdown')
const {corpusFiles} = await import('../test/support/corpus.ts')

const converted = corpusFiles('psf', 'python').map((file) => markdownToPortableText(file.text))
console.log(JSON.stringify({pages: converted.length, blocks: converted.reduce((sum, blocks) => sum + blocks.length, 0), peakRssMb: process.resourceUsage().maxRSS / 1024}))
