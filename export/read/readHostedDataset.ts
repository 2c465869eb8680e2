import {createClient} from '@sanity/client'
import type {DatasetDocument} from '../types.ts'

export interface HostedDatasetOptions {
  projectId: string
  dataset: string
  /** An API host used as is (a local endpoint); the project's own host otherwise. */
  apiHost?: string
  apiVersion: string
  /** From SANITY_API_READ_TOKEN only; undefined reads what is public. */
  token?: string
}

/**
 * Every published document of a Content Lake dataset, assets included (their documents say where
 * the bytes are), read through @sanity/client. Drafts are not read: the export is of what is
 * published, as the wiki shows only that.
 */
export async function readHostedDataset(options: HostedDatasetOptions): Promise<DatasetDocument[]> {
  const client = createClient({
    projectId: options.projectId,
    dataset: options.dataset,
    apiVersion: options.apiVersion,
    token: options.token,
    useCdn: false,
    perspective: 'published',
    ...(options.apiHost ? {apiHost: options.apiHost, useProjectHostname: false} : {}),
  })
  return client.fetch<DatasetDocument[]>('*')
}
