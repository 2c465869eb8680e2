#!/usr/bin/env node
/**
 * `npm run import`: the migration's command line. It parses flags, runs the pipeline (the stages
 * of pipeline.ts's `STAGES`, in order; `--help` lists them), writes the report, prints a summary,
 * then — with `--project`/`--dataset` — plans or commits the push to a Sanity dataset (push/).
 * Exit code 0 only when every file became a valid document (and the push, if any, succeeded); 1
 * when some did not; 2 when the run could not start.
 */
import {enableCompileCache} from 'node:module'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import yargs from 'yargs'
import {hideBin} from 'yargs/helpers'
import {runImport, STAGES} from './pipeline.ts'
import {formatSummary} from './report/formatSummary.ts'
import {writeReport} from './report/writeReport.ts'
import {createProgress} from './report/createProgress.ts'
import {pushOptions} from '../push/pushOptions.ts'

// Node keeps the compiled, type-stripped code of every module loaded from here on (the stages)
// in its compile cache (checked against each file's contents): a re-run starts in about half the
// time and 25 MB less. `npm run import` turns the cache on before this file loads
// (NODE_COMPILE_CACHE, package.json), which this call then uses, so that a warm cache loads no
// TypeScript stripper at all (another 15 MB); run directly, the cache is in the OS temp folder.
enableCompileCache()

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const MB = 1024 * 1024

const argv = await pushOptions(yargs(hideBin(process.argv)).scriptName('npm run import --'))
  .usage('$0 [options]\n\nConverts a tree of MyST-markdown wiki pages into Sanity documents.')
  .option('source', {
    type: 'string',
    array: true,
    default: [path.join(projectRoot, 'sample/wiki/psf/working-groups')],
    defaultDescription: 'the shipped sample tree',
    describe: 'Folder of pages to import; repeat it to import several folders as one tree',
  })
  .option('wiki-root', {type: 'string', describe: 'Wiki root that page paths are relative to (default: nearest folder above --source with _redirects.json)'})
  .option('out', {type: 'string', default: 'out/dataset.ndjson', describe: 'NDJSON dataset file to write (sanity dataset import reads it)'})
  .option('report', {type: 'string', default: 'out/report.json', describe: 'JSON report to write'})
  .option('redirects', {type: 'string', describe: 'MoinMoin redirects file (default: _redirects.json at the wiki root)'})
  .option('site-url', {type: 'string', default: 'https://wiki.python.org/', describe: 'Base URL for links to wiki pages outside the imported tree'})
  .option('max-file-size', {type: 'number', default: 5, describe: 'Largest page to import, in MB'})
  .option('workers', {type: 'number', default: 1, describe: `Worker threads for converting pages (this machine has ${availableParallelism()} cores); the output is the same for any number`})
  .option('progress', {type: 'boolean', default: process.stderr.isTTY === true, defaultDescription: 'on when stderr is a terminal', describe: 'Show a progress bar'})
  .example('$0', 'import the shipped sample tree into out/dataset.ndjson')
  .example('$0 --source ../shared/corpus/psf-wiki/psf/working-groups', 'import the real working-groups tree')
  .example('$0 --project abc123 --dataset production', 'plan a push to a hosted dataset (add --commit to write)')
  .epilog(`Stages, in order:\n${STAGES.map((stage, index) => `  ${index + 1}. ${stage.name}: ${stage.does}`).join('\n')}`)
  .check((args) => (Number.isInteger(args.workers) && args.workers >= 1) || '--workers must be a whole number, 1 or more')
  .strict()
  .help()
  .parse()

const progress = argv.progress ? createProgress() : undefined
try {
  const result = await runImport({
    sources: argv.source,
    wikiRoot: argv['wiki-root'],
    out: argv.out,
    redirectsFile: argv.redirects,
    siteUrl: argv['site-url'],
    maxFileBytes: argv['max-file-size'] * MB,
    workers: argv.workers,
    onProgress: progress?.update,
  })
  progress?.stop()
  writeReport(argv.report, result.report)
  console.log(formatSummary(result.report))
  console.log(`  report → ${argv.report}`)
  process.exitCode = result.exitCode
  if (argv.project || argv.dataset) {
    // Loaded only for a push: the Content Lake client is not needed to import.
    const {runPush} = await import('../push/runPush.ts')
    const push = await runPush(result.documents, argv, {scope: result.report})
    for (const line of push.lines) console.log(line)
    process.exitCode = Math.max(result.exitCode, push.exitCode)
  }
} catch (error) {
  progress?.stop()
  console.error(`import failed: ${(error as Error).message}`)
  process.exitCode = 2
}
