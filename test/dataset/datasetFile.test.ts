import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {readDatasetFile} from '../../dataset/readDatasetFile.ts'
import {writeDatasetFile} from '../../dataset/writeDatasetFile.ts'

let dir: string
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'dataset-file-'))))
afterEach(() => rmSync(dir, {recursive: true, force: true}))

const documents = [
  {_id: 'a', _type: 'legacyPage', title: 'line\nbreak and \u2028 separator'},
  {_id: 'b', _type: 'workingGroup', nested: {list: [1, 'two', null]}},
]

test('writeDatasetFile: one document per line that readDatasetFile reads back, in order', () => {
  const file = path.join(dir, 'dataset.ndjson')
  const bytes = writeDatasetFile(file, documents)
  const text = readFileSync(file, 'utf8')
  expect(bytes).toBe(Buffer.byteLength(text))
  expect(text.split('\n')).toHaveLength(3)
  expect(readDatasetFile(file)).toEqual(documents)
})

test.each([
  ['not JSON', '{"_id":"a","_type":"t"}\n{oops\n', /dataset\.ndjson:2: not JSON/],
  ['no _type', '\n{"_id":"a"}\n', /dataset\.ndjson:2: not a document/],
  ['not an object', '[1]\n', /dataset\.ndjson:1: not a document/],
])('readDatasetFile: a line that is %s is an error naming file and line', (_what, text, message) => {
  const file = path.join(dir, 'dataset.ndjson')
  writeFileSync(file, text)
  expect(() => readDatasetFile(file)).toThrow(message)
})
