import {createSchema, validateDocument, usEnglishLocale} from 'sanity'
import {schemaTypes} from '../../schemas/index.ts'
test('scratch', async () => {
  const schema = createSchema({name: 'x', types: schemaTypes})
  console.log(JSON.stringify(schema._validation?.flatMap((g: any) => g.problems).slice(0, 5)))
  const wg: any = schema.get('workingGroup')
  for (const f of wg.fields) console.log(f.name, f.type.name, f.type.jsonType, Array.isArray(f.type.validation), f.type.validation?.length, f.type.validation?.map((r: any) => r._rules.map((s: any) => s.flag).join(',') + ':' + r._level + ':' + r._required))
  const body: any = schema.get('blockContent')
  const block = body.of[0]
  console.log(block.name, block.jsonType, block.fields.map((f: any) => `${f.name}:${f.type.name}:${f.type.jsonType}`))
  const md = block.fields.find((f: any) => f.name === 'markDefs').type
  console.log(md.of.map((t: any) => t.name + '/' + t.type?.name))
  const ch = block.fields.find((f: any) => f.name === 'children').type
  console.log(ch.of.map((t: any) => t.name + '/' + t.type?.name), ch.of[0].fields.map((f: any) => f.name))
  console.log(usEnglishLocale.bundles?.map((b: any) => [b.namespace, typeof b.resources]))
  const slug: any = schema.get('slug')
  console.log(slug.validation.map((r: any) => r._rules.map((s: any) => s.flag)))
  const i18n = undefined
  const doc = {_id: 'a', _type: 'workingGroup', title: 'T', status: 'active', slug: {_type: 'slug', current: 'x'}, bogus: 1}
  const t0 = performance.now()
  const res = await validateDocument({document: doc as any, workspace: {schema, getClient: () => ({withConfig() {return this}, fetch: async () => true})} as any, environment: 'cli', getDocumentExists: async () => true} as any)
  console.log(performance.now() - t0, JSON.stringify(res))
})
