import path from 'node:path'
import {parseArgs} from 'node:util'
import {startLocalEndpoint} from './startLocalEndpoint.ts'

const USAGE = `npm run serve -- [--data FILE] [--dataset NAME] [--port N] [--report FILE]

Serves an NDJSON dataset on 127.0.0.1 with the Sanity HTTP API that @sanity/client reads
(/v{apiVersion}/data/query/{dataset}, /v{apiVersion}/data/doc/{dataset}/{ids}) and the review site (/).

  --data FILE     dataset to serve (default out/dataset.ndjson, what npm run import writes)
  --dataset NAME  dataset name in URLs (default production)
  --port N        port (default 3400; 0 picks a free one)
  --report FILE   importer report for /report (default out/report.json)`

const {values} = parseArgs({
  options: {
    data: {type: 'string', default: 'out/dataset.ndjson'},
    dataset: {type: 'string', default: 'production'},
    port: {type: 'string', default: '3400'},
    report: {type: 'string', default: 'out/report.json'},
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
  const endpoint = await startLocalEndpoint({
    datasets: {[values.dataset!]: path.resolve(values.data!)},
    reportFile: path.resolve(values.report!),
    port,
    log: (message) => console.error(message),
  })
  const docs = endpoint.datasets.get(values.dataset!)!.documents('raw').length
  console.log(`Serving ${docs} documents of ${values.data} as dataset "${values.dataset}" at ${endpoint.url}`)
  console.log(`  @sanity/client: createClient({apiHost: '${endpoint.url}', useProjectHostname: false, dataset: '${values.dataset}', apiVersion: '2025-02-19', useCdn: false})`)
  console.log(`  review site:    ${endpoint.url}/`)
  const stop = () => endpoint.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} catch (error) {
  console.error(`Cannot serve: ${(error as Error).message}`)
  if (!values.data || values.data === 'out/dataset.ndjson') console.error('Run `npm run import` first, or pass --data FILE.')
  process.exit(1)
}
