import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {createClient} from '@sanity/client'
import {chairsQuery, groupBySlugQuery, groupsQuery, meetingNotesQuery, memberListsQuery, pageBySlugQuery, searchQuery} from '../queries/index.ts'
import {startLocalEndpoint} from '../server/startLocalEndpoint.ts'
import {requireCorpus} from '../test/support/corpus.ts'

const PACKAGING = 'psf/working-groups/packaging'

/** Each library query with the parameters a frontend would send. */
const CASES: {name: string; query: string; params: Record<string, unknown>}[] = [
  {name: 'groups', query: groupsQuery, params: {}},
  {name: 'groupBySlug', query: groupBySlugQuery, params: {slug: PACKAGING}},
  {name: 'meetingNotes', query: meetingNotesQuery, params: {slug: PACKAGING, start: 0, end: 20}},
  {name: 'pageBySlug', query: pageBySlugQuery, params: {slug: `${PACKAGING}/2020-12-23-pip-team-meeting`}},
  {name: 'memberLists', query: memberListsQuery, params: {}},
  {name: 'chairs', query: chairsQuery, params: {}},
  {name: 'search', query: searchQuery, params: {terms: 'packaging', limit: 20}},
]

const DATASETS = [
  {label: 'psf/working-groups', sources: ['psf/working-groups'], runs: 50},
  {label: 'psf/ + python/', sources: ['psf', 'python'], runs: 20},
]

/**
 * p50/p95 latency of every library query through the local endpoint, with @sanity/client over
 * HTTP, over datasets imported from the real wiki by the importer itself. Returns printed lines.
 */
export async function benchQueries(): Promise<string[]> {
  const lines = ['Query library through the local endpoint (@sanity/client → HTTP → groq-js), ms']
  const corpus = requireCorpus()
  const {runImport} = await import('../importer/pipeline.ts')
  for (const {label, sources, runs} of DATASETS) {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-queries-'))
    try {
      const file = path.join(dir, 'dataset.ndjson')
      const sourceDirs = sources.map((source) => path.join(corpus, source))
      const {documents} = await runImport({sources: sourceDirs, siteUrl: 'https://wiki.python.org/', maxFileBytes: 5 * 1024 * 1024, out: file})
      const endpoint = await startLocalEndpoint({datasets: {production: file}, port: 0})
      const client = createClient({projectId: 'bench', dataset: 'production', apiVersion: '2025-02-19', useCdn: false, useProjectHostname: false, apiHost: endpoint.url})
      lines.push(`${label}: ${documents.length} documents, ${runs} runs after 3 warm-up`)
      lines.push(`  ${'query'.padEnd(14)} ${'p50'.padStart(8)} ${'p95'.padStart(8)}`)
      for (const {name, query, params} of CASES) {
        for (let i = 0; i < 3; i++) await client.fetch(query, params)
        const times: number[] = []
        for (let i = 0; i < runs; i++) {
          const start = performance.now()
          await client.fetch(query, params)
          times.push(performance.now() - start)
        }
        lines.push(`  ${name.padEnd(14)} ${percentile(times, 50).toFixed(2).padStart(8)} ${percentile(times, 95).toFixed(2).padStart(8)}`)
      }
      await endpoint.close()
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  }
  return lines
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchQueries()) console.log(line)
}
