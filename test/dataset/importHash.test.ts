import {importHash} from '../../dataset/importHash.ts'

const doc = {
  _id: 'wiki-a',
  _type: 'legacyPage',
  title: 'A',
  body: [{_type: 'block', _key: 'b', markDefs: [{_key: 'l', _type: 'internalLink', reference: {_type: 'reference', _ref: 'wiki-b'}}]}],
  provenance: {_type: 'provenance', sourcePath: 'A.md'},
}

test.each([
  ['system fields', {...doc, _rev: 'r1', _createdAt: '2020', _updatedAt: '2021'}],
  ['key order', Object.fromEntries(Object.entries(doc).reverse())],
  ['the stored hash itself', {...doc, provenance: {...doc.provenance, importHash: 'old'}}],
])('importHash: ignores %s', (_what, variant) => {
  expect(importHash(variant)).toBe(importHash(doc))
})

test('importHash: ignores reference strength (weak while the push is under way)', () => {
  const weak = structuredClone(doc)
  Object.assign(weak.body[0]!.markDefs[0]!.reference, {_weak: true})
  expect(importHash(weak)).toBe(importHash(doc))
})

test.each([
  ['a title', {...doc, title: 'B'}],
  ['a nested value', {...doc, body: [{...doc.body[0]!, markDefs: []}]}],
  ['an added field', {...doc, extra: 1}],
  ['provenance', {...doc, provenance: {...doc.provenance, sourcePath: 'B.md'}}],
])('importHash: an editor changing %s changes it', (_what, variant) => {
  expect(importHash(variant)).not.toBe(importHash(doc))
})

test('importHash: the same hash as every earlier version (datasets hold it: a change would flag every document as edited)', () => {
  const stored = {
    ...doc,
    _rev: 'r',
    absent: undefined,
    body: [{_type: 'block', _key: 'b', markDefs: [{_key: 'l', _type: 'internalLink', reference: {_type: 'reference', _ref: 'wiki-b', _weak: true}}]}],
    provenance: {_type: 'provenance', sourcePath: 'A.md', importHash: 'x'},
  }
  expect(importHash(stored)).toBe('6072b581d383b0ac52b43f622cab3554b21713c9fbb82c358c9556b9d8c4057f')
})

test('importHash: SHA-256 of the canonical JSON written by hand, so that hashes stored by earlier imports still match', async () => {
  const {createHash} = await import('node:crypto')
  const canonical =
    '{"_id":"wiki-a","_type":"legacyPage","body":[{"_key":"b","_type":"block","markDefs":[{"_key":"l","_type":"internalLink","reference":{"_ref":"wiki-b","_type":"reference"}}]}],"provenance":{"_type":"provenance","sourcePath":"A.md"},"title":"A"}'
  expect(importHash({...doc, _rev: 'r', provenance: {...doc.provenance, importHash: 'x'}})).toBe(createHash('sha256').update(canonical).digest('hex'))
})
