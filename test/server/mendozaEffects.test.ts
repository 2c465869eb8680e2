import {applyPatch} from 'mendoza'
import type {RevisedDocument} from '../../server/write/applyTransaction.ts'
import {mendozaEffects} from '../../server/write/mendozaEffects.ts'

const doc = (fields: Record<string, unknown>): RevisedDocument => ({_id: 'a', _type: 'page', _rev: 'r1', ...fields})
const withoutRev = (value: RevisedDocument | undefined) => {
  if (!value) return null
  const {_rev, ...rest} = value
  return rest
}

// Checked with mendoza's own patcher, as the Studio applies effects: to the document without its _rev.
test.each([
  ['a field changes', doc({title: 'Old', body: [1]}), doc({title: 'New', body: [1]})],
  ['a field is added', doc({title: 'Old'}), doc({title: 'Old', summary: 'One line'})],
  ['fields are removed', doc({a: 1, b: 2, c: 3, title: 'x'}), doc({title: 'x'})],
  ['fields are added, changed and removed at once', doc({z: 1, m: {deep: [1, 2]}, a: 'keep'}), doc({a: 'keep', m: {deep: [2]}, n: null})],
  ['the document appears', undefined, doc({title: 'New'})],
  ['the document disappears', doc({title: 'Old'}), undefined],
])('mendozaEffects: apply and revert are exact when %s', (_case, before, after) => {
  const effects = mendozaEffects(before, after)
  expect(applyPatch(withoutRev(before), effects.apply)).toEqual(withoutRev(after))
  expect(applyPatch(withoutRev(after), effects.revert)).toEqual(withoutRev(before))
})

test('mendozaEffects: unchanged fields are not in the patch', () => {
  const {apply} = mendozaEffects(doc({title: 'Same', summary: 'Old'}), doc({title: 'Same', summary: 'New', _rev: 'r2'}))
  expect(apply).toEqual([17, 'New', 'summary'])
})
