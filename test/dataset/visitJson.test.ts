import {findReferences} from '../../dataset/findReferences.ts'
import {SKIP, visitJson} from '../../dataset/visitJson.ts'
import type {PathSegment} from '../../dataset/types.ts'

const document = {
  _id: 'a',
  body: [{_key: 'b1', markDefs: [{_key: 'm1', reference: {_type: 'reference', _ref: 'x'}}]}, 'plain', [1]],
  hidden: {reference: {_ref: 'y', _weak: true}},
}

test('visitJson: every value, depth first, with key paths for keyed members and indexes for the rest', () => {
  const seen: [unknown, PathSegment[]][] = []
  visitJson(document, (value, path) => void seen.push([typeof value === 'object' ? '{}' : value, [...path]]))
  expect(seen.map(([, path]) => path)).toEqual([
    [],
    ['_id'],
    ['body'],
    ['body', {_key: 'b1'}],
    ['body', {_key: 'b1'}, '_key'],
    ['body', {_key: 'b1'}, 'markDefs'],
    ['body', {_key: 'b1'}, 'markDefs', {_key: 'm1'}],
    ['body', {_key: 'b1'}, 'markDefs', {_key: 'm1'}, '_key'],
    ['body', {_key: 'b1'}, 'markDefs', {_key: 'm1'}, 'reference'],
    ['body', {_key: 'b1'}, 'markDefs', {_key: 'm1'}, 'reference', '_type'],
    ['body', {_key: 'b1'}, 'markDefs', {_key: 'm1'}, 'reference', '_ref'],
    ['body', 1],
    ['body', 2],
    ['body', 2, 0],
    ['hidden'],
    ['hidden', 'reference'],
    ['hidden', 'reference', '_ref'],
    ['hidden', 'reference', '_weak'],
  ])
})

test('visitJson: SKIP leaves a value\'s children unvisited', () => {
  const strings: string[] = []
  visitJson(document, (value, path) => {
    if (path.at(-1) === 'hidden') return SKIP
    if (typeof value === 'string') strings.push(value)
  })
  expect(strings).toEqual(['a', 'b1', 'm1', 'reference', 'x', 'plain'])
})

test('findReferences: each reference with its path as patches write it, weak ones too', () => {
  expect(findReferences(document).map(({path, ref}) => [path, ref._ref])).toEqual([
    ['body[_key=="b1"].markDefs[_key=="m1"].reference', 'x'],
    ['hidden.reference', 'y'],
  ])
})
