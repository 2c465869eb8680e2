/**
 * `npm run bench`: prints the figures the issues set targets for. Each section measures as a
 * ratio against a baseline run in the same process (the machine is shared and noisy), or in a
 * child process of its own where the figure is memory.
 */
import {benchConvert} from './convert.ts'
import {benchConvertMemory, benchImport, runChild} from './importRun.ts'
import {benchImportVsOfficial} from './importVsOfficial.ts'
import {benchStartup} from './startup.ts'
import {benchPush} from './push.ts'
import {benchQueries} from './queries.ts'
import {benchValidation} from './validation.ts'
import {benchLake} from './lake.ts'

const sections: [string, () => string[] | Promise<string[]>][] = [
  ['start-up', benchStartup],
  ['whole import vs official converter', benchImportVsOfficial],
  ['conversion', benchConvert],
  ['growth in page size', () => runChild<{lines: string[]}>('growthRun.ts').lines],
  ['conversion memory', benchConvertMemory],
  ['full import', benchImport],
  ['validation', benchValidation],
  ['push', benchPush],
  ['queries', benchQueries],
  ['local Content Lake', benchLake],
]

let failed = false
for (const [name, run] of sections) {
  try {
    for (const line of await run()) console.log(line)
  } catch (error) {
    failed = true
    console.error(`${name}: ${(error as Error).message}`)
  }
  console.log('')
}
process.exitCode = failed ? 1 : 0
