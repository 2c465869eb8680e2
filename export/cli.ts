#!/usr/bin/env node
/**
 * `npm run export`: a dataset back to a wiki-shaped MyST tree. Reads an NDJSON file
 * (`--dataset FILE`) or a hosted dataset (`--project ID --dataset NAME`, token from
 * SANITY_API_READ_TOKEN only), writes the tree to `--out` in one move, prints what it wrote and
 * every problem. Exit code 0 when every document was written, 1 when some were not (the rest
 * are), 2 when the run could not start.
 */
import {existsSync} from 'node:fs'
import yargs from 'yargs'
import {hideBin} from 'yargs/helpers'
import {localAssetSource} from './read/localAssetSource.ts'
import {readDatasetFile} from './read/readDatasetFile.ts'
import {readHostedDataset} from './read/readHostedDataset.ts'
import {runExport} from './runExport.ts'
import type {DatasetDocument, ExportProblem} from './types.ts'

const argv = await yargs(hideBin(process.argv))
  .scriptName('npm run export --')
  .usage('$0 --dataset FILE --out DIR\n$0 --project ID --dataset NAME --out DIR\n\nWrites the documents of a dataset as a MyST tree in the wiki\'s layout.')
  .option('dataset', {type: 'string', demandOption: true, describe: 'NDJSON dataset file; with --project, the dataset name'})
  .option('project', {type: 'string', describe: 'Sanity project id: read the hosted dataset (token from SANITY_API_READ_TOKEN)'})
  .option('out', {type: 'string', demandOption: true, describe: 'Folder to write the tree to (replaced whole)'})
  .option('api-host', {type: 'string', describe: 'API host used as is (e.g. the local Studio endpoint)'})
  .option('api-version', {type: 'string', default: '2025-02-19'})
  .option('verify', {type: 'boolean', default: true, describe: 'Import the written tree again and name every document that would not come back as it is (--no-verify skips it)'})
  .option('site-url', {type: 'string', default: 'https://wiki.python.org/', describe: 'The --site-url the dataset was imported with (for --verify)'})
  .example('$0 --dataset out/dataset.ndjson --out out/wiki', 'export what the import (or the local Studio) wrote')
  .strict()
  .help()
  .parse()

try {
  let documents: DatasetDocument[]
  let readProblems: ExportProblem[] = []
  let assetSource
  if (argv.project) {
    const token = process.env.SANITY_API_READ_TOKEN || undefined
    if (!token) console.log('no SANITY_API_READ_TOKEN: reading what the dataset shows without one')
    documents = await readHostedDataset({projectId: argv.project, dataset: argv.dataset, apiHost: argv['api-host'], apiVersion: argv['api-version'], token})
  } else {
    if (!existsSync(argv.dataset)) throw new Error(`dataset file not found: ${argv.dataset}`)
    ;({documents, problems: readProblems} = readDatasetFile(argv.dataset))
    assetSource = localAssetSource(argv.dataset)
  }
  const result = await runExport({documents, readProblems, out: argv.out, assetSource, verify: argv.verify, siteUrl: argv['site-url']})
  for (const problem of result.problems) console.log(`${problem.warning ? 'warning' : 'error'} ${problem.code}: ${problem.message}`)
  const errors = result.problems.filter((problem) => !problem.warning).length
  console.log(`Exported ${result.pages} pages and ${result.files} files → ${argv.out} (${result.skipped} drafts, assets and derived groups left out; ${errors} errors, ${result.problems.length - errors} warnings)`)
  process.exitCode = result.exitCode
} catch (error) {
  console.error(`export failed: ${(error as Error).message}`)
  process.exitCode = 2
}
