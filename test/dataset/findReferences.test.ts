import {findReferences} from '../../dataset/findReferences.ts'

test('findReferences: every _ref object, depth first, with keyed and indexed paths', () => {
  const document = {
    _id: 'a',
    group: {_type: 'reference', _ref: 'g', _weak: true},
    body: [
      {_type: 'block', _key: 'b1', markDefs: [{_type: 'internalLink', _key: 'm1', reference: {_type: 'reference', _ref: 'p'}}]},
      [{_ref: 'nested', inner: {_ref: 'deeper'}}],
    ],
    file: {asset: {_ref: 'file-abc-pdf'}},
    text: '_ref',
  }
  const found = findReferences(document)
  expect(found.map(({path, ref}) => [path, ref._ref])).toEqual([
    ['group', 'g'],
    ['body[_key=="b1"].markDefs[_key=="m1"].reference', 'p'],
    ['body[1][0]', 'nested'],
    ['body[1][0].inner', 'deeper'],
    ['file.asset', 'file-abc-pdf'],
  ])
  expect(found[1]!.segments).toEqual(['body', {_key: 'b1'}, 'markDefs', {_key: 'm1'}, 'reference'])
  // The document's own objects: weakening one changes the document.
  found[1]!.ref._weak = true
  expect(document.body[0]).toMatchObject({markDefs: [{reference: {_weak: true}}]})
})

test('findReferences: a document that is a reference itself, and values that are not objects', () => {
  expect(findReferences({_ref: 'x'}).map(({path, segments}) => [path, segments])).toEqual([['', []]])
  expect(findReferences('text')).toEqual([])
  expect(findReferences(null)).toEqual([])
})
