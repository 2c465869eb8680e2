import {documentId} from '../../importer/identity/documentId.ts'
import {planPages} from '../../export/tree/planPages.ts'

const provenance = (sourcePath: string) => ({_type: 'provenance', sourcePath})

test('planPages: a group the importer derived from another page is written by that page, not again', () => {
  const list = {_id: documentId('psf/wg/X Group.md'), _type: 'memberList', provenance: provenance('psf/wg/X Group.md')}
  const derived = {_id: documentId('psf/wg/X Group.md', 'group'), _type: 'workingGroup', provenance: provenance('psf/wg/X Group.md')}
  const {pages, problems, skipped} = planPages([list, derived])
  expect(pages.map((page) => page.document._id)).toEqual([list._id])
  expect(problems).toEqual([])
  expect(skipped).toBe(1)
})

test.each([
  ['a legacy page from its slug', {_id: 'a', _type: 'legacyPage', slug: {current: 'psf/new'}}, 'psf/new.md'],
  ['a working group from its slug, as a folder index', {_id: 'b', _type: 'workingGroup', slug: {current: 'psf/working-groups/new'}}, 'psf/working-groups/new/index.md'],
  ['provenance before slug', {_id: 'c', _type: 'memberList', slug: {current: 'x'}, provenance: provenance('psf/Y Group.md')}, 'psf/Y Group.md'],
])('planPages: %s', (_name, document, expected) => {
  expect(planPages([document]).pages.map((page) => page.path)).toEqual([expected])
})

test('planPages: drafts and assets are left out; a path outside the tree is an error naming the id', () => {
  const {pages, problems, skipped} = planPages([
    {_id: 'drafts.a', _type: 'legacyPage', slug: {current: 'a'}},
    {_id: 'file-1-pdf', _type: 'sanity.fileAsset'},
    {_id: 'escape', _type: 'legacyPage', provenance: provenance('../etc/passwd.md'), __line: 7},
  ])
  expect(pages).toEqual([])
  expect(skipped).toBe(2)
  expect(problems.map((problem) => problem.message)).toEqual(['escape (line 7): path "../etc/passwd.md" is outside the tree or no .md page'])
})
