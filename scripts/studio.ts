/**
 * `npm run studio`: the real Studio, offline, on the dataset `npm run import` wrote. Builds the
 * Studio's local workspace (or reuses the build) and serves it with the local endpoint on
 * 127.0.0.1; every edit is written to the dataset file.
 */
import path from 'node:path'
import {closeOnSignals, endpointOptions} from '../server/endpointOptions.ts'
import {startStudioEndpoint} from '../server/studio/startStudioEndpoint.ts'
import {dataset, projectId} from '../studio/env.ts'
import {ensureStudioBuild} from './studioBuild.ts'

const argv = await endpointOptions(
  'npm run studio --',
  '$0 [options]\n\nServes the Studio (local workspace) and the local endpoint it reads and writes on 127.0.0.1.',
  3333,
)
  .option('rebuild', {type: 'boolean', default: false, describe: 'Build the Studio even if a build of the current sources exists'})
  .parse()

try {
  const build = await ensureStudioBuild({force: argv.rebuild, log: (message) => console.log(message)})
  console.log(build.built ? `Built the Studio in ${(build.ms / 1000).toFixed(1)} s` : 'Reusing the Studio build (sources unchanged)')
  const endpoint = await startStudioEndpoint({
    file: path.resolve(argv.data),
    reportFile: path.resolve(argv.report),
    dataset,
    projectId,
    studioDir: build.dir,
    port: argv.port,
    log: (message) => console.error(message),
  })
  const docs = endpoint.datasets.get(dataset)!.documents('raw').length
  console.log(`Editing ${docs} documents of ${argv.data} (dataset "${dataset}")`)
  console.log(`  Studio:       ${endpoint.studioUrl}`)
  console.log(`  review site:  http://localhost:${endpoint.port}/`)
  console.log(`  API host:     ${endpoint.apiUrl}`)
  closeOnSignals(endpoint)
} catch (error) {
  console.error(`Cannot start the Studio: ${(error as Error).message}`)
  if (argv.data === 'out/dataset.ndjson') console.error('Run `npm run import` first, or pass --data FILE.')
  process.exit(1)
}
