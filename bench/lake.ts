import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {createClient} from '@sanity/client'
import {writeFileAtomic} from '../dataset/writeFileAtomic.ts'
import {startLocalEndpoint} from '../server/startLocalEndpoint.ts'
import {readDatasetFile} from '../dataset/readDatasetFile.ts'
import {createDatasetWriter, type DatasetWriter} from '../server/write/createDatasetWriter.ts'
import {writeRoutes} from '../server/write/writeRoutes.ts'
import {requireCorpus} from '../test/support/corpus.ts'

const DATASETS = [
  {label: 'psf/working-groups', sources: ['psf/working-groups']},
  {label: 'psf/ + python/', sources: ['psf', 'python']},
]
const WRITES = 400
const CONCURRENCY = 8

/** `npm run bench`'s local Content Lake section: write throughput, then query latency beside a runaway query. */
export async function benchLake(): Promise<string[]> {
  return [...(await benchWrites()), ...(await benchRunaway())]
}

const RUNAWAY = 'count(*[]{ "x": *[] { "y": *[]._id } })'
const SIMPLE = '*[_type == "workingGroup" && slug.current == $slug][0]{title, "members": count(members)}'

/**
 * The slowest answer a simple query (one group by slug) got while a runaway query ran, against
 * the same queries with nothing else running, on the WG dataset, through @sanity/client.
 */
export async function benchRunaway(): Promise<string[]> {
  const corpus = requireCorpus()
  const {runImport} = await import('../importer/pipeline.ts')
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-runaway-'))
  try {
    const file = path.join(dir, 'dataset.ndjson')
    await runImport({sources: [path.join(corpus, 'psf/working-groups')], siteUrl: 'https://wiki.python.org/', maxFileBytes: 5 * 1024 * 1024, out: file})
    const endpoint = await startLocalEndpoint({datasets: {production: file}, port: 0, queryTimeoutMs: 10_000})
    const client = createClient({projectId: 'bench', dataset: 'production', apiVersion: '2025-02-19', useCdn: false, useProjectHostname: false, apiHost: endpoint.url, maxRetries: 0})
    const times = async (runs: number) => {
      const measured: number[] = []
      for (let i = 0; i < runs; i++) {
        const started = performance.now()
        await client.fetch(SIMPLE, {slug: 'psf/working-groups/packaging'})
        measured.push(performance.now() - started)
      }
      return measured
    }
    await times(20)
    const alone = await times(100)
    let running = true
    const runawayStarted = performance.now()
    const runaway = client.fetch(RUNAWAY).then(
      () => 'finished',
      (error: {statusCode?: number}) => `answered ${error.statusCode}`,
    ).finally(() => (running = false))
    const beside: number[] = []
    while (running) beside.push(...(await times(1)))
    const outcome = await runaway
    const runawayMs = performance.now() - runawayStarted
    await endpoint.close()
    const max = (values: number[]) => Math.max(...values)
    return [
      `Simple query beside a runaway query (${RUNAWAY}, ${outcome} after ${(runawayMs / 1000).toFixed(1)} s), psf/working-groups, ms`,
      `  alone:   ${alone.length} answers, slowest ${max(alone).toFixed(1)}`,
      `  beside:  ${beside.length} answers, slowest ${max(beside).toFixed(1)} (${(max(beside) / max(alone)).toFixed(1)}x the slowest alone)`,
    ]
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

/**
 * Acknowledged writes per second through the local endpoint's Mutation API with @sanity/client
 * (each a patch of one document, acknowledged once its journal line is fsynced), against the
 * previous design run in the same process: every write rewrote and fsynced the whole NDJSON file.
 * Datasets are imported from the real wiki by the importer itself.
 */
export async function benchWrites(): Promise<string[]> {
  const lines = [`Acknowledged writes through the local endpoint (@sanity/client → HTTP → journal + fsync), ${WRITES} patches after 40 warm-up, ${CONCURRENCY} in flight`]
  const corpus = requireCorpus()
  const {runImport} = await import('../importer/pipeline.ts')
  for (const {label, sources} of DATASETS) {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-writes-'))
    try {
      const file = path.join(dir, 'dataset.ndjson')
      await runImport({sources: sources.map((source) => path.join(corpus, source)), siteUrl: 'https://wiki.python.org/', maxFileBytes: 5 * 1024 * 1024, out: file})
      const documents = readDatasetFile(file)
      const writers = new Map<string, DatasetWriter>()
      const endpoint = await startLocalEndpoint({
        datasets: {production: file},
        port: 0,
        revisions: true,
        routes: (stores) => {
          for (const [name, store] of stores) writers.set(name, createDatasetWriter(store))
          return writeRoutes(writers)
        },
      })
      const client = createClient({projectId: 'bench', dataset: 'production', apiVersion: '2025-02-19', useCdn: false, useProjectHostname: false, apiHost: endpoint.url})
      const ids = documents.slice(0, 50).map((doc) => doc._id)
      for (let i = 0; i < 40; i++) await client.patch(ids[i % ids.length]!).set({benchWarmUp: i}).commit({returnDocuments: false})
      let next = 0
      const started = performance.now()
      await Promise.all(
        Array.from({length: CONCURRENCY}, async () => {
          while (next < WRITES) {
            const n = next++
            await client.patch(ids[n % ids.length]!).set({benchCounter: n}).commit({returnDocuments: false})
          }
        }),
      )
      const perSecond = WRITES / ((performance.now() - started) / 1000)
      await endpoint.close()
      const baseline = rewritePerSecond(documents, path.join(dir, 'baseline.ndjson'))
      const mb = (documents.reduce((sum, doc) => sum + JSON.stringify(doc).length + 1, 0) / 1e6).toFixed(1)
      lines.push(
        `  ${label.padEnd(20)} ${String(documents.length).padStart(5)} docs ${mb.padStart(5)} MB: ${perSecond.toFixed(0).padStart(5)} writes/s ` +
          `(whole-file rewrite per write: ${baseline.toFixed(1)} writes/s; ${(perSecond / baseline).toFixed(1)}x)`,
      )
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  }
  return lines
}

/** The previous write path alone, without HTTP: serialize every document, write, fsync, rename. */
function rewritePerSecond(documents: readonly object[], file: string): number {
  const runs = 10
  const started = performance.now()
  for (let i = 0; i < runs; i++) writeFileAtomic(file, documents.map((doc) => JSON.stringify(doc) + '\n'))
  return runs / ((performance.now() - started) / 1000)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchLake()) console.log(line)
}
