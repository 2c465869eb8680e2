/**
 * Run as its own process by the benchmark: the import's command line with the given arguments,
 * in this process, then its peak RSS as JSON on the last line.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const args = process.argv.slice(2)
// Registered first: `--help` ends the process from inside the CLI.
process.on('exit', () => console.log(JSON.stringify({peakRssMb: process.resourceUsage().maxRSS / 1024})))
process.argv = [process.argv[0]!, path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../importer/cli.ts'), ...args]
await import('../importer/cli.ts')
