import {copyFileSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createClient, type ClientConfig, type SanityClient} from '@sanity/client'
import {startLocalEndpoint, type LocalEndpoint} from '../../server/startLocalEndpoint.ts'

export const FIXTURE = path.resolve('test/fixtures/dataset/working-groups.ndjson')

/** What a frontend keeps for the hosted project; only `apiHost` changes for the local endpoint. */
export const HOSTED: ClientConfig = {
  projectId: 'psfwg001',
  dataset: 'production',
  apiVersion: '2025-02-19',
  useCdn: false,
  useProjectHostname: false,
  apiHost: 'https://psfwg001.api.sanity.io',
}

/** A local endpoint on port 0 over a copy of `file` (so tests may rewrite it), and a real client for it. */
export async function startTestEndpoint(file = FIXTURE, options: {reportFile?: string; checkIntervalMs?: number} = {}): Promise<{
  endpoint: LocalEndpoint
  client: SanityClient
  dataFile: string
}> {
  const dataFile = path.join(mkdtempSync(path.join(tmpdir(), 'endpoint-')), 'dataset.ndjson')
  copyFileSync(file, dataFile)
  const endpoint = await startLocalEndpoint({datasets: {production: dataFile}, port: 0, reportFile: options.reportFile, checkIntervalMs: options.checkIntervalMs})
  return {endpoint, client: createClient({...HOSTED, apiHost: endpoint.url}), dataFile}
}
