import {findDanglingReferences} from '../../importer/validate/findDanglingReferences.ts'
import {clone, type Doc} from '../fixtures/documents/build.ts'
import {validDocuments, workingGroup} from '../fixtures/documents/validDocuments.ts'

const ids = new Set(validDocuments.map((doc) => doc._id))
const at = (doc: Doc) => (doc.body as Record<string, any>[])

test('findDanglingReferences: a batch whose references all resolve has none', () => {
  for (const doc of validDocuments) expect(findDanglingReferences(doc, ids)).toEqual([])
})

test.each([
  ['a page reference', (doc: Doc) => ((doc.pages as Record<string, any>[])[0]._ref = 'gone'), ['pages', {_key: 'p-notes'}]],
  ['an internal link annotation', (doc: Doc) => (at(doc)[2].markDefs[0].reference._ref = 'gone'), ['body', {_key: 'li1'}, 'markDefs', {_key: 'il1'}, 'reference']],
  ['a weak reference', (doc: Doc) => ((doc.toctree as Record<string, any>[])[0].document = {_type: 'reference', _ref: 'gone', _weak: true}), ['toctree', {_key: 'toc-0'}, 'document']],
  ['a reference to a draft id only', (doc: Doc) => ((doc.pages as Record<string, any>[])[0]._ref = 'drafts.wiki-charter'), ['pages', {_key: 'p-notes'}]],
])('findDanglingReferences: reports %s that points outside the batch', (_description, mutate, path) => {
  const doc = clone(workingGroup)
  mutate(doc)
  expect(findDanglingReferences(doc, ids)).toEqual([{level: 'error', path, message: expect.stringMatching(/^Reference to ".+" points at no document of this import$/), rule: 'referenceInBatch'}])
})

test('findDanglingReferences: leaves asset references alone', () => {
  const doc = clone(workingGroup)
  at(doc).push({_type: 'figure', _key: 'up', asset: {_type: 'reference', _ref: 'image-abc-10x10-png'}})
  expect(findDanglingReferences(doc, ids)).toEqual([])
})
