import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {readDatasetFile} from '../../dataset/readDatasetFile.ts'
import {readDatasetLines} from '../../dataset/readDatasetLines.ts'

test('readDatasetLines: reads on past bad lines, naming each by file and line; readDatasetFile still throws at the first', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dataset-lines-'))
  try {
    const file = path.join(dir, 'dataset.ndjson')
    writeFileSync(file, ['{"_id":"a","_type":"t"}', '{oops', '', '[1]', '{"_id":"b","_type":"t"}', ''].join('\n'))
    const {documents, problems} = readDatasetLines(file)
    expect(documents).toEqual([
      {document: {_id: 'a', _type: 't'}, line: 1},
      {document: {_id: 'b', _type: 't'}, line: 5},
    ])
    expect(problems.map(({line, code}) => [line, code])).toEqual([
      [2, 'not-json'],
      [4, 'not-a-document'],
    ])
    expect(problems[1]!.message).toBe(`${file}:4: not a document (needs string _id and _type)`)
    expect(() => readDatasetFile(file)).toThrow(`${file}:2: not JSON`)
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
})
