#!/usr/bin/env node
/**
 * `npm run verify`: proves an import against a parser the project did not write. Every page
 * under `--source` is read by executablebooks' JS MyST parser and compared with its document in
 * `--dataset` (see runVerify.ts). Exit code 0 when no page differs outside the named categories;
 * 1 when some page does, has no document or cannot be read; 2 when the run cannot start.
 */
import path from 'node:path'
import yargs from 'yargs'
import {hideBin} from 'yargs/helpers'
import {writeFileAtomic} from '../dataset/writeFileAtomic.ts'
import {formatSummary} from './report/formatSummary.ts'
import {runVerify} from './runVerify.ts'

const argv = await yargs(hideBin(process.argv))
  .scriptName('npm run verify --')
  .usage('$0 --source DIR --dataset FILE [options]\n\nCompares imported documents with their pages as an independent MyST parser reads them.')
  .option('source', {type: 'string', array: true, demandOption: true, describe: 'Folder of pages that was imported; repeat it for several folders'})
  .option('dataset', {type: 'string', demandOption: true, describe: 'NDJSON dataset written by npm run import'})
  .option('report', {type: 'string', describe: 'JSON report to write (default: verify-report.json beside the dataset)'})
  .example('$0 --source ../shared/corpus/psf-wiki/psf/working-groups --dataset out/dataset.ndjson', 'verify the working-groups import')
  .strict()
  .help()
  .fail((message, error) => {
    console.error(`verify: ${error?.message ?? message}`)
    process.exit(2)
  })
  .parse()

const reportFile = argv.report ?? path.join(path.dirname(argv.dataset), 'verify-report.json')
try {
  const report = runVerify({sources: argv.source, dataset: argv.dataset})
  writeFileAtomic(reportFile, [JSON.stringify(report, null, 2), '\n'])
  console.log(formatSummary(report))
  console.log(`  report → ${reportFile}`)
  const {summary} = report
  process.exitCode = summary.differs || summary.noDocument || summary.errors || report.errors.length ? 1 : 0
} catch (error) {
  console.error(`verify failed: ${(error as Error).message}`)
  process.exitCode = 2
}
