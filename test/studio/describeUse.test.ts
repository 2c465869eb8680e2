import {findReferences} from '../../dataset/findReferences.ts'
import {describeUse} from '../../studio/views/describeUse.ts'

const ref = (id: string) => ({_type: 'reference', _ref: id})
const page = {
  _id: 'page',
  group: ref('group'),
  body: [{_type: 'block', _key: 'b0', markDefs: [{_type: 'internalLink', _key: 'l0', reference: ref('target')}], children: []}],
  toctree: [{_type: 'tocEntry', _key: 't0', target: 'Target', document: ref('target')}],
}
const group = {_id: 'group', pages: [{...ref('target'), _key: 'p0'}]}

test.each([
  ['navigation entry (toctree)', page, 'toctree[_key=="t0"].document'],
  ['internal link in the text', page, 'body[_key=="b0"].markDefs[_key=="l0"].reference'],
  ['in the group’s list of pages', group, 'pages[_key=="p0"]'],
  ['belongs to this group', page, 'group'],
])('describeUse: %s', (label, document, path) => {
  expect(findReferences(document).map((found) => found.path)).toContain(path)
  expect(describeUse(path)).toBe(label)
})

test('describeUse: a reference anywhere else is named by its path', () => {
  expect(describeUse('charter.body[_key=="x"].file.asset')).toBe('reference at charter.body[_key=="x"].file.asset')
})
