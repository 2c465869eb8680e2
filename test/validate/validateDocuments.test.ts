import {validateDocuments} from '../../importer/validate/validateDocuments.ts'
import type {ImportedDocument} from '../../importer/types.ts'

const page = (id: string, title: string | undefined, target?: string): ImportedDocument =>
  ({
    _id: id,
    _type: 'legacyPage',
    title,
    slug: {_type: 'slug', current: id},
    kind: 'legacy',
    provenance: {_type: 'provenance', sourcePath: `psf/${id}.md`},
    body: target
      ? [
          {
            _type: 'block',
            _key: 'b0',
            style: 'normal',
            markDefs: [{_type: 'internalLink', _key: 'm0', reference: {_type: 'reference', _ref: target}}],
            children: [{_type: 'span', _key: 's0', text: 'see there', marks: ['m0']}],
          },
        ]
      : [],
  }) as ImportedDocument

test('validateDocuments: an invalid document is not written, with the failing rule; references to it become weak', async () => {
  const broken = page('broken', undefined)
  const linking = page('linking', 'Linking', 'broken')
  const sourceOf = new Map([
    ['broken', 'psf/broken.md'],
    ['linking', 'psf/linking.md'],
  ])
  const outcome = await validateDocuments([broken, linking], sourceOf)
  expect(outcome.valid.map((document) => document._id)).toEqual(['linking'])
  expect(outcome.invalid).toEqual([
    {sourcePath: 'psf/broken.md', documentId: 'broken', errors: [expect.objectContaining({code: 'presence', path: 'title'})]},
  ])
  expect(outcome.invalid[0]!.errors[0]!.message).toMatch(/^psf\/broken\.md: broken is invalid: title: The page needs a title/)
  const body = linking.body as {markDefs: {reference: {_ref: string; _weak?: boolean}}[]}[]
  expect(body[0]!.markDefs[0]!.reference).toEqual({_type: 'reference', _ref: 'broken', _weak: true})
  expect(outcome.warnings).toEqual([{sourcePath: 'psf/linking.md', warning: expect.objectContaining({code: 'reference-weakened'})}])
})

test('validateDocuments: valid documents pass untouched', async () => {
  const target = page('target', 'Target')
  const linking = page('linking', 'Linking', 'target')
  const outcome = await validateDocuments([target, linking], new Map())
  expect(outcome.invalid).toEqual([])
  expect(outcome.warnings).toEqual([])
  expect(JSON.stringify(outcome.valid)).not.toContain('_weak')
})

test('validateDocuments: each run validates against its own schema, not the first run of the process', async () => {
  const typesWithTitle = (validation?: (rule: any) => unknown) => [
    {name: 'legacyPage', type: 'document', fields: [{name: 'title', type: 'string', ...(validation ? {validation} : {})}]},
  ]
  const untitled = () => page('untitled', undefined)
  const strict = await validateDocuments([untitled()], new Map(), {schemaTypes: typesWithTitle((rule) => rule.required()) as never})
  const lax = await validateDocuments([untitled()], new Map(), {schemaTypes: typesWithTitle() as never})
  const project = await validateDocuments([untitled()], new Map())
  expect(strict.invalid.map((invalid) => invalid.errors.map((error) => error.code))).toEqual([['presence']])
  expect(lax.invalid).toEqual([])
  expect(lax.valid.map((document) => document._id)).toEqual(['untitled'])
  // The project's schema (schemas/) requires a title too, and knows the other fields.
  expect(project.invalid.map((invalid) => invalid.errors.map((error) => error.path))).toEqual([['title']])
  expect(project.warnings).toEqual([])
})
