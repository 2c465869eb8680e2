import {parse, evaluate} from 'groq-js'
import {createBatchClient} from '../../importer/validate/createBatchClient.ts'
import {createValidator} from '../../importer/validate/createValidator.ts'
import {downgradedInCli} from '../fixtures/documents/brokenVariants.ts'
import {clone, type Doc} from '../fixtures/documents/build.ts'
import {validDocuments} from '../fixtures/documents/validDocuments.ts'
import {schemaTypes} from '../../schemas/index.ts'
import {canonical, schema} from './sanityReference.ts'

const broken = () => {
  const batch = clone(validDocuments)
  const group = batch[0]
  delete group.title
  group.summary = 'x'.repeat(201)
  return {batch, group}
}

test('createValidator: takes the type definitions or a compiled schema', async () => {
  for (const source of [schemaTypes, schema]) {
    expect(await (await createValidator(source as never, {documents: validDocuments})).validate(validDocuments[0])).toEqual([])
  }
})

test('createValidator: refuses a schema with errors instead of validating nothing', async () => {
  await expect(createValidator([{name: 'broken', type: 'document', fields: [{name: 'x', type: 'nope'}]}] as never)).rejects.toThrow(/schema has errors/)
})

test('createValidator: every marker names the rule flag that failed', async () => {
  const {batch, group} = broken()
  const markers = await (await createValidator(schema, {documents: batch})).validate(group)
  expect(markers.map(({path, rule, level}) => [path.join('.'), rule, level]).sort()).toEqual([
    ['summary', 'max', 'warning'],
    ['title', 'presence', 'error'],
  ])
})

test.each([
  ['cli', [{level: 'warning', message: "Could not find schema type for type 'poem', skipping validation", path: []}]],
  ['studio', []],
] as const)('createValidator: a document of an unknown type in the %s environment', async (environment, expected) => {
  expect(await (await createValidator(schema, {environment})).validate({_id: 'x', _type: 'poem'})).toEqual(expected)
})

test('createValidator: validateAll reports a duplicate slug on both documents, without network', async () => {
  const batch = clone(validDocuments)
  batch.find((doc) => doc._id === 'wiki-agenda')!.slug = clone(batch.find((doc) => doc._id === 'wiki-index')!.slug)
  const results = await (await createValidator(schema, {environment: 'import'})).validateAll(batch)
  const flagged = results.filter(({markers}) => markers.some((marker) => marker.message === 'Slug is already in use' && marker.level === 'error'))
  expect(flagged.map(({documentId}) => documentId).sort()).toEqual(['wiki-agenda', 'wiki-index'])
})

test.each(downgradedInCli.map((variant) => [variant.description, variant] as const))(
  'createValidator: the import environment keeps "%s" an error',
  async (_description, variant) => {
    const batch: Doc[] = clone(validDocuments)
    const document = batch.find((doc) => doc._id === variant.id)!
    variant.mutate(document, batch)
    const markers = await (await createValidator(schema, {environment: 'import', documents: batch})).validate(document)
    expect(markers).toContainEqual(expect.objectContaining({level: 'error', message: expect.stringContaining(variant.message)}))
  },
)

test('createValidator: the import environment still warns about unknown fields, once', async () => {
  const group = {...clone(validDocuments[0]), chairs: ['Ada']}
  const markers = await (await createValidator(schema, {environment: 'import', documents: validDocuments})).validate(group)
  expect(markers).toEqual([{level: 'warning', path: ['chairs'], message: "Field 'chairs' does not exist on type 'workingGroup'", rule: 'custom'}])
})

test.each([
  ['a unique slug', 'working-groups/packaging/agenda', 'wiki-agenda'],
  ['a slug another page has', 'working-groups/packaging/index', 'wiki-agenda'],
  ['a slug only its own draft has', 'working-groups/packaging/draft', 'wiki-agenda'],
  ['a slug of a document of another type', 'working-groups/packaging', 'wiki-agenda'],
])('createBatchClient: answers the slug query for %s as groq-js does', async (_description, slug, id) => {
  const batch = [...clone(validDocuments), {_id: 'drafts.wiki-agenda', _type: 'legacyPage', slug: {_type: 'slug', current: 'working-groups/packaging/draft'}}]
  const query = '!defined(*[_type == $docType && !sanity::versionOf($published) && slug.current == $slug][0]._id)'
  const params = {docType: 'legacyPage', published: id, slug}
  const expected = await (await evaluate(parse(query), {dataset: batch, params})).get()
  expect(await createBatchClient(batch).fetch(query, params)).toBe(expected)
})

test('createValidator: custom rules that pass, fail, answer later or throw give the markers validateDocument gives', async () => {
  const {createSchema, validateDocument} = await import('sanity')
  const custom = (name: string, validate: (value: unknown) => unknown) => ({name, type: 'string', validation: (rule: any) => rule.custom(validate)})
  const types = [
    {
      name: 'note',
      type: 'document',
      fields: [
        custom('passes', () => true),
        custom('fails', () => 'Not like this'),
        custom('later', async (value) => (value === 'ok' ? true : {message: 'Later, not like this'})),
        custom('throws', () => {
          throw new Error('the rule broke')
        }),
        {name: 'warns', type: 'string', validation: (rule: any) => rule.custom(() => 'Only a warning').warning()},
      ],
    },
  ]
  const document = {_id: 'n1', _type: 'note', passes: 'a', fails: 'b', later: 'c', throws: 'd', warns: 'e'}
  const reference = await validateDocument({document, workspace: {schema: createSchema({name: 'notes', types: types as never}), getClient: () => ({}) as never} as never, environment: 'studio'} as never)
  const ours = await (await createValidator(types as never, {environment: 'studio'})).validate(document)
  const comparable = (markers: {level: string; path: unknown[]; message: string}[]) => canonical(markers.map(({level, path, message}) => ({level, path, message})))
  expect(comparable(ours)).toEqual(comparable(reference as never))
  expect(ours.map((marker) => marker.path[0]).sort()).toEqual(['fails', 'later', 'throws', 'warns'])
})
