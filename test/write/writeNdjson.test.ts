import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {WriteError} from '../../dataset/WriteError.ts'
import type {ImportedDocument} from '../../importer/types.ts'
import {writeNdjson} from '../../importer/write/writeNdjson.ts'

const doc = (n: number): ImportedDocument => ({
  _id: `wiki-page-${n}`,
  _type: 'legacyPage',
  title: `Page ${n}\nwith a line break`,
  slug: {_type: 'slug', current: `page-${n}`},
  provenance: {_type: 'provenance', sourcePath: `psf/Page ${n}.md`},
})

let dir: string
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'ndjson-'))))
afterEach(() => rmSync(dir, {recursive: true, force: true}))

test('writeNdjson: one JSON document per line, nothing else, no temp file left', () => {
  const file = path.join(dir, 'out', 'dataset.ndjson')
  const result = writeNdjson(file, [doc(1), doc(2)])
  const lines = readFileSync(file, 'utf8').split('\n')
  expect(lines.pop()).toBe('')
  expect(lines.map((line) => JSON.parse(line))).toEqual([doc(1), doc(2)])
  expect(result).toEqual({bytes: Buffer.byteLength(lines.join('\n') + '\n'), documents: 2})
  expect(readdirSync(path.dirname(file))).toEqual(['dataset.ndjson'])
})

test('writeNdjson: replaces an existing file whole', () => {
  const file = path.join(dir, 'dataset.ndjson')
  writeFileSync(file, 'old content that is longer than the new one '.repeat(100))
  writeNdjson(file, [doc(3)])
  expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(doc(3)) + '\n')
})

test('writeNdjson: an unwritable target is a WriteError naming it, and leaves no temp file', () => {
  const blocker = path.join(dir, 'blocker')
  writeFileSync(blocker, 'a file where a folder should be')
  const target = path.join(blocker, 'dataset.ndjson')
  let caught: unknown
  try {
    writeNdjson(target, [doc(1)])
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(WriteError)
  expect((caught as WriteError).sourcePath).toBe(target)
  expect((caught as WriteError).message).toMatch(/cannot write/)
  expect(readdirSync(dir)).toEqual(['blocker'])
})
