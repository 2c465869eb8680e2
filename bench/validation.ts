/**
 * `npm run bench`, validation part: the import's validator against Sanity's own validateDocument
 * on the documents the importer writes for the working-groups tree, in the same process. The
 * figure that matters is the ratio: validation must not dominate the import.
 */
import path from 'node:path'
import {createSchema, validateDocument, type SanityDocument} from 'sanity'
import {schemaTypes} from '../schemas/index.ts'
import {runImport} from '../importer/pipeline.ts'
import {createBatchClient} from '../importer/validate/createBatchClient.ts'
import {createValidator} from '../importer/validate/createValidator.ts'
import {requireCorpus} from '../test/support/corpus.ts'

/** validateDocument is slow: a sample of this many documents is enough for a stable ratio. */
const SAMPLE = 60

export async function benchValidation(): Promise<string[]> {
  const root = requireCorpus()
  const {documents} = await runImport({
    sources: [path.join(root, 'psf/working-groups')],
    siteUrl: 'https://wiki.python.org/',
    maxFileBytes: 5 * 1024 * 1024,
  })
  const schema = createSchema({name: 'default', types: schemaTypes})
  const validator = await createValidator(schema, {environment: 'studio', documents})
  const client = createBatchClient(documents)
  const ids = new Set(documents.map((document) => document._id))
  const sample = documents.filter((_, index) => index % Math.ceil(documents.length / SAMPLE) === 0)

  await validator.validateAll(documents) // warm-up
  let start = performance.now()
  for (let round = 0; round < 5; round++) await validator.validateAll(documents)
  const oursMs = (performance.now() - start) / 5 / documents.length

  start = performance.now()
  for (const document of sample) {
    await validateDocument({
      document: document as unknown as SanityDocument,
      workspace: {schema, getClient: () => client} as never,
      environment: 'studio',
      getDocumentExists: async ({id}: {id: string}) => ids.has(id),
    } as never)
  }
  const sanityMs = (performance.now() - start) / sample.length

  return [
    `validation: working-groups documents (${documents.length}; validateDocument on a sample of ${sample.length})`,
    `  import validator:        ${(oursMs * 1000).toFixed(0)} µs/document`,
    `  sanity validateDocument: ${sanityMs.toFixed(1)} ms/document`,
    `  ratio:                   ${(sanityMs / oursMs).toFixed(0)}x faster`,
  ]
}
