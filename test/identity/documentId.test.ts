import {documentId} from '../../importer/identity/documentId.ts'
import {slugFor} from '../../importer/identity/slugFor.ts'

const SANITY_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/

test.each([
  'psf/working-groups/Packaging/index.md',
  'psf/working-groups/Packaging Group.md',
  'python/Café (draft) "v1.0".md',
  `python/${'Very Long Name '.repeat(20)}.md`,
])('documentId: %s is valid for Sanity, dot-free, short and stable', (sourcePath) => {
  const id = documentId(sourcePath)
  expect(id).toMatch(SANITY_ID)
  expect(id).not.toContain('.')
  expect(id.length).toBeLessThanOrEqual(128)
  expect(documentId(sourcePath)).toBe(id)
})

test('documentId: paths that read alike still get different ids', () => {
  expect(documentId('psf/Foo Bar.md')).not.toBe(documentId('psf/Foo-Bar.md'))
  expect(documentId('psf/foo.md')).not.toBe(documentId('psf/Foo.md'))
})

test.each([
  ['psf/working-groups/Packaging/index.md', 'psf/working-groups/packaging'],
  ['psf/working-groups/Packaging/2017-12-04-Warehouse.md', 'psf/working-groups/packaging/2017-12-04-warehouse'],
  ['psf/working-groups/Python Edu Charter.md', 'psf/working-groups/python-edu-charter'],
  ['python/Café Société.md', 'python/cafe-societe'],
])('slugFor: %s → %s', (sourcePath, slug) => {
  expect(slugFor(sourcePath)).toBe(slug)
})
