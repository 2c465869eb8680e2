import yargs, {type Argv} from 'yargs'
import {hideBin} from 'yargs/helpers'

/** The options `npm run serve` and `npm run studio` share: which dataset file, which report, which port. */
export function endpointOptions(scriptName: string, usage: string, defaultPort: number) {
  return yargs(hideBin(process.argv))
    .scriptName(scriptName)
    .usage(usage)
    .option('data', {type: 'string', default: 'out/dataset.ndjson', describe: 'NDJSON dataset file (what npm run import writes)'})
    .option('report', {type: 'string', default: 'out/report.json', describe: 'Importer report, shown by the review site at /report'})
    .option('port', {type: 'number', default: defaultPort, describe: 'Port on 127.0.0.1 (0 picks a free one)'})
    .check(({port}) => (Number.isInteger(port) && port >= 0 && port <= 65535) || `--port must be a port number, not "${port}"`)
    .strict()
    .version(false)
    .help() as Argv<{data: string; report: string; port: number}>
}

/** Closes the endpoint on Ctrl-C or a termination signal, then exits. */
export function closeOnSignals(endpoint: {close(): Promise<void>}): void {
  const stop = () => endpoint.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
