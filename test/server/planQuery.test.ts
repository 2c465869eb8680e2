import {readFileSync} from 'node:fs'
import {evaluate, parse} from 'groq-js'
import {indexView, planQuery} from '../../server/store/planQuery.ts'
import type {StoredDocument} from '../../dataset/types.ts'
import {FIXTURE} from './startTestEndpoint.ts'

const documents = readFileSync(FIXTURE, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as StoredDocument)
const view = indexView(documents)
const PACKAGING = 'wiki-psf-working-groups-packaging-index-fx000001'

async function answer(query: string, planned: boolean, params: Record<string, unknown> = {}) {
  const tree = parse(query, {params})
  const value = await evaluate(planned ? planQuery(tree, view) : tree, {dataset: documents, params, dereference: ({_ref}) => view.byId.get(_ref)})
  return value.get()
}

test.each([
  ['*[_type == "workingGroup"].title', {}],
  ['*[_type in ["memberList", "workingGroup"] && status != "active"]._id', {}],
  ['*[slug.current == $slug][0].title', {slug: 'psf/working-groups/packaging'}],
  ['*[_id == $id]{title, "notes": count(*[kind == "meetingNotes" && group._ref == ^._id])}', {id: PACKAGING}],
  ['*[_type == "legacyPage" || _type == "memberList"]._id', {}],
  ['*[!(_type == "legacyPage")]._id', {}],
  ['*[_type == "nothing"]', {}],
])('planQuery: %s answers as the full scan does', async (query, params) => {
  expect(await answer(query, true, params)).toEqual(await answer(query, false, params))
})

test('planQuery: an indexable filter scans only its candidates; others scan everything', () => {
  const planned = planQuery(parse('*[_type == "workingGroup" && defined(title)]'), view) as unknown as {
    base: {type: string; value: StoredDocument[]}
  }
  expect(planned.base.type).toBe('Value')
  expect(planned.base.value.map((doc) => doc._type)).toEqual(['workingGroup', 'workingGroup', 'workingGroup', 'workingGroup'])
  const unplanned = planQuery(parse('*[title match "x"]'), view) as unknown as {base: {type: string}}
  expect(unplanned.base.type).toBe('Everything')
})
