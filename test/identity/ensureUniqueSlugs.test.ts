import {ensureUniqueSlugs} from '../../importer/identity/ensureUniqueSlugs.ts'
import type {DocumentType, ImportedDocument} from '../../importer/types.ts'

const doc = (sourcePath: string, slug: string, _type: DocumentType = 'legacyPage'): ImportedDocument => ({
  _id: sourcePath,
  _type,
  title: sourcePath,
  slug: {_type: 'slug', current: slug},
  provenance: {_type: 'provenance', sourcePath},
})

test('ensureUniqueSlugs: the index page keeps the slug, its sibling page is renamed with a warning', () => {
  const page = doc('psf/Bylaws.md', 'psf/bylaws')
  const index = doc('psf/Bylaws/index.md', 'psf/bylaws')
  const warnings = ensureUniqueSlugs([page, index])
  expect(index.slug.current).toBe('psf/bylaws')
  expect(page.slug.current).toBe('psf/bylaws-2')
  expect(warnings).toEqual([{sourcePath: 'psf/Bylaws.md', warning: expect.objectContaining({code: 'slug-renamed'})}])
})

test('ensureUniqueSlugs: numbering follows source paths, so it is the same in any input order', () => {
  const make = () => [doc('python/foo-bar.md', 'python/foo-bar'), doc('python/Foo Bar.md', 'python/foo-bar'), doc('python/FOO BAR.md', 'python/foo-bar')]
  const a = make()
  const b = make().reverse()
  ensureUniqueSlugs(a)
  ensureUniqueSlugs(b)
  const slugs = (docs: ImportedDocument[]) => Object.fromEntries(docs.map((d) => [d._id, d.slug.current]))
  expect(slugs(a)).toEqual(slugs(b))
  expect(new Set(a.map((d) => d.slug.current)).size).toBe(3)
})

test('ensureUniqueSlugs: the same slug on different document types is no collision', () => {
  const group = doc('psf/Packaging/index.md', 'packaging', 'workingGroup')
  const page = doc('psf/Packaging.md', 'packaging')
  expect(ensureUniqueSlugs([group, page])).toEqual([])
  expect(page.slug.current).toBe('packaging')
})
