/**
 * `npm run serve`: the dataset `npm run import` wrote, on 127.0.0.1, with the Sanity HTTP API
 * that @sanity/client reads and the review site.
 */
import path from 'node:path'
import {closeOnSignals, endpointOptions} from './endpointOptions.ts'
import {startLocalEndpoint} from './startLocalEndpoint.ts'

const argv = await endpointOptions(
  'npm run serve --',
  '$0 [options]\n\nServes an NDJSON dataset on 127.0.0.1 with the Sanity HTTP API that @sanity/client reads\n' +
    '(/v{apiVersion}/data/query/{dataset}, /v{apiVersion}/data/doc/{dataset}/{ids}) and the review site (/).',
  3400,
)
  .option('dataset', {type: 'string', default: 'production', describe: 'Dataset name in URLs'})
  .option('cors-origin', {type: 'string', array: true, default: [] as string[], describe: 'An origin (http://localhost:3000) whose pages may call the API, as the hosted project\'s CORS origins; repeatable'})
  .option('query-timeout', {type: 'number', default: 10, describe: 'Seconds a query may run before it is ended with a 408'})
  .parse()

try {
  const endpoint = await startLocalEndpoint({
    datasets: {[argv.dataset]: path.resolve(argv.data)},
    reportFile: path.resolve(argv.report),
    port: argv.port,
    corsOrigins: argv.corsOrigin,
    queryTimeoutMs: argv.queryTimeout * 1000,
    log: (message) => console.error(message),
  })
  const docs = endpoint.datasets.get(argv.dataset)!.documents('raw').length
  console.log(`Serving ${docs} documents of ${argv.data} as dataset "${argv.dataset}" at ${endpoint.url}`)
  console.log(`  @sanity/client: createClient({apiHost: '${endpoint.url}', useProjectHostname: false, dataset: '${argv.dataset}', apiVersion: '2025-02-19', useCdn: false})`)
  console.log(`  review site:    ${endpoint.url}/`)
  closeOnSignals(endpoint)
} catch (error) {
  console.error(`Cannot serve: ${(error as Error).message}`)
  if (argv.data === 'out/dataset.ndjson') console.error('Run `npm run import` first, or pass --data FILE.')
  process.exit(1)
}
