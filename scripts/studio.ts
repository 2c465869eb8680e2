/**
 * `npm run studio`: the real Studio, offline, on the dataset `npm run import` wrote. Builds the
 * Studio's local workspace (or reuses the build) and serves it with the local endpoint on
 * 127.0.0.1; every edit is written to the dataset file.
 */
import path from 'node:path'
import {parseArgs} from 'node:util'
import {startStudioEndpoint} from '../server/studio/startStudioEndpoint.ts'
import {dataset, projectId} from '../studio/env.ts'
import {ensureStudioBuild} from './studioBuild.ts'

const USAGE = `npm run studio -- [--data FILE] [--port N] [--report FILE] [--rebuild]

Serves the Studio (local workspace) and the local endpoint it reads and writes on 127.0.0.1.

  --data FILE     dataset to edit (default out/dataset.ndjson, what npm run import writes)
  --port N        port (default 3333; 0 picks a free one)
  --report FILE   importer report for the review site (default out/report.json)
  --rebuild       build the Studio even if a build of the current sources exists`

const {values} = parseArgs({
  options: {
    data: {type: 'string', default: 'out/dataset.ndjson'},
    port: {type: 'string', default: '3333'},
    report: {type: 'string', default: 'out/report.json'},
    rebuild: {type: 'boolean', default: false},
    help: {type: 'boolean', short: 'h'},
  },
})
if (values.help) {
  console.log(USAGE)
  process.exit(0)
}
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}"\n\n${USAGE}`)
  process.exit(2)
}

try {
  const build = await ensureStudioBuild({force: values.rebuild, log: (message) => console.log(message)})
  console.log(build.built ? `Built the Studio in ${(build.ms / 1000).toFixed(1)} s` : 'Reusing the Studio build (sources unchanged)')
  const endpoint = await startStudioEndpoint({
    file: path.resolve(values.data!),
    reportFile: path.resolve(values.report!),
    dataset,
    projectId,
    studioDir: build.dir,
    port,
    log: (message) => console.error(message),
  })
  const docs = endpoint.datasets.get(dataset)!.documents('raw').length
  console.log(`Editing ${docs} documents of ${values.data} (dataset "${dataset}")`)
  console.log(`  Studio:       ${endpoint.studioUrl}`)
  console.log(`  review site:  http://localhost:${endpoint.port}/`)
  console.log(`  API host:     ${endpoint.apiUrl}`)
  const stop = () => endpoint.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} catch (error) {
  console.error(`Cannot start the Studio: ${(error as Error).message}`)
  if (values.data === 'out/dataset.ndjson') console.error('Run `npm run import` first, or pass --data FILE.')
  process.exit(1)
}
