import {mapNestedBodies} from '../../dataset/mapNestedBodies.ts'
import {nestedBodies} from '../../dataset/nestedBodies.ts'

const text = (key: string) => ({_type: 'block', _key: key, children: [{_type: 'span', _key: 's0', text: key, marks: []}], markDefs: []})

const table = {
  _type: 'table',
  rows: [
    {_type: 'tableRow', cells: [{_type: 'tableCell', content: [text('a')]}, {_type: 'tableCell', content: [text('b')]}]},
    {_type: 'tableRow', cells: [{_type: 'tableCell', content: [text('c')]}]},
  ],
}
const callout = {_type: 'callout', kind: 'note', title: 'T', body: [text('d')]}
const definitionList = {_type: 'definitionList', items: [{term: 'x', description: [text('e')]}, {term: 'y', description: [text('f')]}]}

test.each([
  ['table', table, [['a'], ['b'], ['c']]],
  ['callout', callout, [['d']]],
  ['definitionList', definitionList, [['e'], ['f']]],
  ['codeBlock (holds none)', {_type: 'codeBlock', code: 'x'}, []],
  ['table without rows', {_type: 'table'}, []],
])('nestedBodies: %s', (_what, block, keys) => {
  expect(nestedBodies<{_key: string}>(block).map((body) => body.map((member) => member._key))).toEqual(keys)
})

test('mapNestedBodies: rebuilds the path to a changed body and shares the rest', () => {
  const mapped = mapNestedBodies(table, (body: {_key: string}[]) => (body[0]!._key === 'b' ? [text('B')] : body))
  expect(mapped).not.toBe(table)
  expect(mapped.rows[1]).toBe(table.rows[1])
  expect(mapped.rows[0]!.cells[0]).toBe(table.rows[0]!.cells[0])
  expect(mapped.rows[0]!.cells[1]!.content).toEqual([text('B')])
  expect(table.rows[0]!.cells[1]!.content).toEqual([text('b')])
})

test.each([
  ['nothing changed', table],
  ['a block type that holds no bodies', {_type: 'codeBlock', code: 'x'}],
])('mapNestedBodies: the block itself when %s', (_what, block) => {
  expect(mapNestedBodies(block, (body) => body)).toBe(block)
})
