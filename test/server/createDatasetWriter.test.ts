import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {HttpError} from '../../server/HttpError.ts'
import {createDatasetStore} from '../../server/store/createDatasetStore.ts'
import {readDataset} from '../../server/store/journal/readDataset.ts'
import {createDatasetWriter, type CommittedTransaction} from '../../server/write/createDatasetWriter.ts'

let dir: string
let file: string

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dataset-writer-'))
  file = path.join(dir, 'dataset.ndjson')
  writeFileSync(file, '{"_id":"a","_type":"page","title":"A"}\n{"_id":"b","_type":"page","title":"B"}\n')
})
afterEach(() => rmSync(dir, {recursive: true, force: true}))

const fileIds = () => readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line)._id)
/** What a restarted server would load: the NDJSON file and the journal beside it. */
const storedIds = () => readDataset(file).documents.map((doc) => doc._id)

test('createDatasetWriter: a commit is in the journal, the store and the transaction log before it returns, and subscribers hear of it; a compaction moves it into the file', async () => {
  const store = createDatasetStore({name: 'production', file, checkIntervalMs: 0})
  const writer = createDatasetWriter(store)
  const heard: CommittedTransaction[] = []
  writer.subscribe((transaction) => heard.push(transaction))
  const transaction = writer.commit([{create: {_id: 'c', _type: 'page', title: 'C'}}, {patch: {id: 'a', set: {title: 'A2'}}}], {transactionId: 'tx1'})
  expect(heard).toEqual([]) // subscribers hear of it once it is on the disk
  expect(storedIds()).toEqual(['a', 'b', 'c'])
  expect(fileIds()).toEqual(['a', 'b'])
  expect(store.getDocument('a')).toMatchObject({title: 'A2', _rev: 'tx1'})
  expect((await store.query('count(*[_type == "page"])')).result).toBe(3)
  expect(transaction.changes.map((change) => [change.id, change.before?.title, change.after?.title])).toEqual([['c', undefined, 'C'], ['a', 'A', 'A2']])
  await writer.flushed()
  expect(heard).toEqual([transaction])
  expect(writer.transactions).toEqual([transaction])
  expect(readdirSync(dir).sort()).toEqual(['dataset.ndjson', 'dataset.ndjson.journal'])
  store.compact()
  expect(fileIds()).toEqual(['a', 'b', 'c'])
  expect(readFileSync(`${file}.journal`, 'utf8')).toBe('')
  expect(storedIds()).toEqual(['a', 'b', 'c'])
  await store.close()
})

test('createDatasetWriter: a transaction that changes nothing is not written nor announced', () => {
  const writer = createDatasetWriter(createDatasetStore({name: 'production', file}))
  const before = readFileSync(file, 'utf8')
  let heard = 0
  writer.subscribe(() => heard++)
  writer.commit([{createIfNotExists: {_id: 'a', _type: 'page'}}, {delete: {id: 'missing'}}])
  expect(readFileSync(file, 'utf8')).toBe(before)
  expect(heard).toBe(0)
})

test('createDatasetWriter: a failing transaction leaves file and store as they were', () => {
  const store = createDatasetStore({name: 'production', file})
  const writer = createDatasetWriter(store)
  const before = readFileSync(file, 'utf8')
  expect(() => writer.commit([{create: {_id: 'c', _type: 'page'}}, {create: {_id: 'a', _type: 'page'}}])).toThrow(HttpError)
  expect(readFileSync(file, 'utf8')).toBe(before)
  expect(storedIds()).toEqual(['a', 'b'])
  expect(store.getDocument('c')).toBeUndefined()
})

test('createDatasetWriter: revisions a store derives for documents without one are served but never written', async () => {
  const store = createDatasetStore({name: 'production', file, revisions: true})
  const derived = store.getDocument('b')!._rev
  expect(derived).toMatch(/^[\w-]{22}$/)
  createDatasetWriter(store).commit([{patch: {id: 'a', set: {title: 'A2'}}}], {transactionId: 'tx1'})
  await store.close()
  const lines = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line))
  expect(lines).toEqual([expect.objectContaining({_id: 'a', _rev: 'tx1'}), {_id: 'b', _type: 'page', title: 'B'}])
  expect(store.getDocument('b')!._rev).toBe(derived)
})
