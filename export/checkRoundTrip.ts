#!/usr/bin/env node
/**
 * `node export/checkRoundTrip.ts --source DIR [--source DIR…] [--wiki-root DIR] [--out DIR]`:
 * prints how many documents the round trip compared and how many differ, and each difference
 * by document and path. Exit code 1 when any differs.
 */
import yargs from 'yargs'
import {hideBin} from 'yargs/helpers'
import {findWikiRoot} from '../importer/read/findWikiRoot.ts'
import {roundTrip} from './roundTrip.ts'

const argv = await yargs(hideBin(process.argv))
  .option('source', {type: 'string', array: true, demandOption: true})
  .option('wiki-root', {type: 'string'})
  .option('out', {type: 'string'})
  .option('limit', {type: 'number', default: 50, describe: 'differences to print'})
  .strict()
  .parse()

const result = await roundTrip({sources: argv.source, wikiRoot: argv['wiki-root'] ?? findWikiRoot(argv.source[0]!), out: argv.out})
for (const difference of result.differences.slice(0, argv.limit)) {
  console.log(`${difference.documentId} ${difference.path || '(document)'}: ${JSON.stringify(difference.before)?.slice(0, 200)} → ${JSON.stringify(difference.after)?.slice(0, 200)}`)
}
const failed = result.export.problems.filter((problem) => !problem.warning)
console.log(`export: ${result.export.pages} pages, ${result.export.files} files, ${result.export.skipped} skipped, ${failed.length} errors, ${result.export.problems.length - failed.length} warnings → ${result.out}`)
for (const problem of result.export.problems.slice(0, argv.limit)) console.log(`  ${problem.warning ? 'warning' : 'error'} ${problem.code}: ${problem.message}`)
console.log(`round trip: ${result.compared} documents compared, ${result.differing} differ (${result.differences.length} differences)`)
process.exitCode = result.differing || failed.length ? 1 : 0
