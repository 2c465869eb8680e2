import {parse, evaluate} from 'groq-js'
import {createSchema, validateDocument, type Schema, type SanityDocument} from 'sanity'
import {schemaTypes} from '../../schemas/index.ts'
import type {Doc} from '../fixtures/documents/build.ts'

/**
 * Sanity's own `validateDocument`, set up as independently of the validator under test as it can
 * be: Sanity's fallback translations (no `i18n` given), a client that evaluates the real GROQ of
 * each rule with groq-js over the batch, and reference existence by a plain search of the batch.
 */
export const schema: Schema = createSchema({name: 'default', types: schemaTypes})

export interface ReferenceMarker {
  level: string
  path: unknown[]
  message: string
}

export function groqBatchClient(batch: readonly Doc[]) {
  const client = {
    fetch: async (query: string, params: Record<string, unknown>) => await (await evaluate(parse(query), {dataset: batch, params})).get(),
    withConfig: () => client,
    clone: () => client,
    config: () => ({}),
  }
  return client
}

export async function sanityValidate(document: Doc, batch: readonly Doc[], environment: 'cli' | 'studio' = 'cli'): Promise<ReferenceMarker[]> {
  const client = groqBatchClient(batch)
  const markers = await validateDocument({
    document: document as unknown as SanityDocument,
    workspace: {schema, getClient: () => client} as never,
    environment,
    getDocumentExists: async ({id}: {id: string}) => batch.some((doc) => doc._id === id),
  } as never)
  return markers.map(({level, path, message}) => ({level, path: path as unknown[], message}))
}

/** Markers in one canonical order, reduced to level, path and message. */
export function canonical(markers: readonly ReferenceMarker[]): ReferenceMarker[] {
  const key = (marker: ReferenceMarker) => `${JSON.stringify(marker.path)}\u0000${marker.level}\u0000${marker.message}`
  return markers.map(({level, path, message}) => ({level, path, message})).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}
