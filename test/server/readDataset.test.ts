import {appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {openJournal} from '../../server/store/journal/openJournal.ts'
import {readDataset} from '../../server/store/journal/readDataset.ts'

let dir: string
let file: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'read-dataset-'))
  file = path.join(dir, 'dataset.ndjson')
  writeFileSync(file, '{"_id":"a","_type":"page","v":1}\n{"_id":"b","_type":"page"}\n')
})
afterEach(() => rmSync(dir, {recursive: true, force: true}))

const entry = (transactionId: string, put: object[], deleted: string[] = []) => JSON.stringify({transactionId, put, delete: deleted}) + '\n'

test('readDataset: the journal applies over the NDJSON file in order; a put replaces in place, a new document comes last', () => {
  writeFileSync(`${file}.journal`, entry('t1', [{_id: 'c', _type: 'page'}, {_id: 'a', _type: 'page', v: 2}]) + entry('t2', [], ['b']))
  const {documents, journalEntries} = readDataset(file)
  expect(documents).toEqual([{_id: 'a', _type: 'page', v: 2}, {_id: 'c', _type: 'page'}])
  expect(journalEntries).toBe(2)
})

test('readDataset: an entry applied twice (a crash between compaction and reset) changes nothing', () => {
  writeFileSync(`${file}.journal`, entry('t1', [{_id: 'a', _type: 'page', v: 2}], ['b']))
  const once = readDataset(file).documents
  writeFileSync(file, once.map((doc) => JSON.stringify(doc) + '\n').join(''))
  expect(readDataset(file).documents).toEqual(once)
})

test('readDataset: a torn last line (never acknowledged) is left out, and opening the journal cuts it off', () => {
  const whole = entry('t1', [{_id: 'c', _type: 'page'}])
  writeFileSync(`${file}.journal`, whole + '{"transactionId":"t2","put":[{"_id":"d"')
  const {documents, journalBytes} = readDataset(file)
  expect(documents.map((doc) => doc._id)).toEqual(['a', 'b', 'c'])
  expect(journalBytes).toBe(Buffer.byteLength(whole))
  const journal = openJournal(file, journalBytes)
  journal.append({transactionId: 't3', put: [{_id: 'e', _type: 'page'}], delete: []})
  journal.close()
  expect(readDataset(file).documents.map((doc) => doc._id)).toEqual(['a', 'b', 'c', 'e'])
  expect(statSync(`${file}.journal`).size).toBe(readFileSync(`${file}.journal`, 'utf8').lastIndexOf('\n') + 1)
})

test('readDataset: a broken line before the end is an error naming the journal and the line', () => {
  writeFileSync(`${file}.journal`, entry('t1', []) + '{not json\n')
  appendFileSync(`${file}.journal`, entry('t3', []))
  expect(() => readDataset(file)).toThrow(/dataset\.ndjson\.journal:2: not JSON/)
})

test('openJournal: flushes requested while one runs all resolve, with every append in the journal', async () => {
  const journal = openJournal(file, 0)
  const flushes = ['t1', 't2', 't3'].map((transactionId) => {
    journal.append({transactionId, put: [{_id: transactionId, _type: 'page'}], delete: []})
    return journal.flush()
  })
  await Promise.all(flushes)
  journal.close()
  expect(readDataset(file).documents.map((doc) => doc._id)).toEqual(['a', 'b', 't1', 't2', 't3'])
})
