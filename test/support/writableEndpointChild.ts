/**
 * A child process for kill tests: the local endpoint with the Mutation API over `--data FILE`,
 * without the Studio build. Prints `listening <url>` once it answers. Arguments: FILE,
 * query timeout (ms), compaction threshold (bytes).
 */
import {startLocalEndpoint} from '../../server/startLocalEndpoint.ts'
import {createDatasetWriter, type DatasetWriter} from '../../server/write/createDatasetWriter.ts'
import {writeRoutes} from '../../server/write/writeRoutes.ts'

const [file, queryTimeoutMs, compactBytes] = process.argv.slice(2)
const writers = new Map<string, DatasetWriter>()
const endpoint = await startLocalEndpoint({
  datasets: {production: file!},
  port: 0,
  revisions: true,
  queryTimeoutMs: Number(queryTimeoutMs),
  compactBytes: Number(compactBytes),
  log: (message) => console.error(message),
  routes: (stores) => {
    for (const [name, store] of stores) writers.set(name, createDatasetWriter(store))
    return writeRoutes(writers)
  },
})
console.log(`listening ${endpoint.url}`)
