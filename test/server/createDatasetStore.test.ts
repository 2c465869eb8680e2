import {mkdtempSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createDatasetStore} from '../../server/store/createDatasetStore.ts'
import {QueryError} from '../../server/store/QueryError.ts'

let dir: string
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'store-'))))
afterEach(() => rmSync(dir, {recursive: true, force: true}))

const write = (name: string, docs: object[]) => {
  const file = path.join(dir, name)
  writeFileSync(file, docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  return file
}
const docs = [
  {_id: 'a', _type: 'page', title: 'A', next: {_type: 'reference', _ref: 'b'}},
  {_id: 'b', _type: 'page', title: 'B'},
  {_id: 'drafts.b', _type: 'page', title: 'B draft'},
  {_id: 'drafts.c', _type: 'page', title: 'C, never published'},
]

test('createDatasetStore: documents by id; `->` follows references', async () => {
  const store = createDatasetStore({name: 'test', file: write('d.ndjson', docs)})
  expect(store.getDocument('a')?.title).toBe('A')
  expect((await store.query('*[_id == "a"][0].next->title')).result).toBe('B')
})

test.each([
  ['published', ['A', 'B']],
  ['drafts', ['A', 'B draft', 'C, never published']],
  ['raw', ['A', 'B', 'B draft', 'C, never published']],
] as const)('createDatasetStore: the %s perspective', async (perspective, titles) => {
  const store = createDatasetStore({name: 'test', file: write('d.ndjson', docs)})
  const {result} = await store.query('*[]|order(title).title', {}, {perspective})
  expect(result).toEqual(titles)
})

test('createDatasetStore: reloads when the file is replaced; keeps the last good data when the new one is broken', async () => {
  const file = write('d.ndjson', docs)
  const errors: string[] = []
  const store = createDatasetStore({name: 'test', file, checkIntervalMs: 0, onReloadError: (error) => errors.push(error.message)})
  expect((await store.query('count(*)')).result).toBe(2)
  renameSync(write('next.ndjson', [...docs, {_id: 'z', _type: 'page'}]), file)
  expect((await store.query('count(*)')).result).toBe(3)
  expect(store.generation).toBe(2)
  writeFileSync(file, '{"_id": "x", "_type": "page"}\n{not json\n')
  expect((await store.query('count(*)')).result).toBe(3)
  expect(errors[0]).toMatch(/d\.ndjson:2: not JSON/)
})

test('createDatasetStore: a file that cannot be read fails at once, naming it', () => {
  expect(() => createDatasetStore({name: 'x', file: path.join(dir, 'missing.ndjson')})).toThrow(/missing\.ndjson: no such dataset file/)
  const bad = path.join(dir, 'bad.ndjson')
  writeFileSync(bad, '{"_id": 1}\n')
  expect(() => createDatasetStore({name: 'x', file: bad})).toThrow(/bad\.ndjson:1: not a document/)
})

test.each([
  ['*[_type == ', {}, 'parse', 10],
  ['*[_id == $id && title == $title]', {id: 'a'}, 'param', 25],
  ['*[_id == "$notAParam"] // $comment\n', {}, null, 0],
  ['foo::bar()', {}, 'parse', 0],
])('createDatasetStore: %s → %s error', async (query, params, kind, start) => {
  const store = createDatasetStore({name: 'test', file: write('d.ndjson', docs)})
  const outcome = store.query(query, params)
  if (kind === null) return expect((await outcome).result).toEqual([])
  const error = await outcome.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(QueryError)
  if (!(error instanceof QueryError)) return
  expect({kind: error.kind, start: error.start, query: error.query}).toEqual({kind, start, query})
})
