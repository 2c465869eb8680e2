/**
 * `npm run bench`, push part: the whole working-groups tree pushed with the real default limits
 * (256 KB, 6 in flight, 25 mutations/s, 8 uploads) to the local Content Lake of the contract
 * tests, then pushed again unchanged. Reports requests, bytes and wall time of each.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {runImport} from '../importer/pipeline.ts'
import {requireCorpus, WORKING_GROUPS} from '../test/support/corpus.ts'
import {runPush} from '../push/runPush.ts'
import {startContentLake, type ContentLake} from '../test/support/contentLake/startContentLake.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const TREE = WORKING_GROUPS
/** Only ever handed to the local server. */
const BENCH_TOKEN = 'bench-local-token'

/** Lines to print: one per push (first, then unchanged re-run). */
export async function benchPush(): Promise<string[]> {
  requireCorpus()
  const {documents} = await runImport({sources: [TREE], siteUrl: 'https://wiki.python.org/', maxFileBytes: 5 * 1024 * 1024})
  const lake = await startContentLake({token: BENCH_TOKEN})
  try {
    const lines = [`push (local Content Lake, default limits): ${documents.length} documents from ${path.relative(root, TREE)}`]
    for (const label of ['first push', 're-run, unchanged']) {
      lake.reset()
      const started = performance.now()
      const outcome = await runPush(
        documents,
        {project: lake.projectId, dataset: lake.dataset.name, commit: true, 'overwrite-edited': false, 'api-host': lake.url, 'api-version': '2025-02-19'},
        {env: {SANITY_API_WRITE_TOKEN: BENCH_TOKEN}},
      )
      const ms = performance.now() - started
      if (outcome.exitCode !== 0) lines.push(...outcome.lines)
      lines.push(`  ${label}: ${summarize(lake)}, ${Math.round(ms)} ms wall`)
    }
    return lines
  } finally {
    await lake.close()
  }
}

function summarize(lake: ContentLake): string {
  const byRoute = new Map<string, number>()
  let bytesIn = 0
  let bytesOut = 0
  for (const request of lake.requests) {
    byRoute.set(request.route, (byRoute.get(request.route) ?? 0) + 1)
    bytesIn += request.bytesIn
    bytesOut += request.bytesOut
  }
  const routes = ['mutate', 'upload', 'doc', 'query'].map((route) => `${byRoute.get(route) ?? 0} ${route}`).join(', ')
  return `${lake.requests.length} requests (${routes}), ${kb(bytesIn)} sent, ${kb(bytesOut)} received, peak ${lake.maxInFlight.data} in flight`
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

if (import.meta.url === `file://${process.argv[1]}`) for (const line of await benchPush()) console.log(line)
