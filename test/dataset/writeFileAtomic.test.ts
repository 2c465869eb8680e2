import {readdirSync, readFileSync, statfsSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {removeStaleTempFiles} from '../../dataset/removeStaleTempFiles.ts'
import {writeFileAtomic} from '../../dataset/writeFileAtomic.ts'
import {WriteError} from '../../dataset/WriteError.ts'
import {mountSmallFilesystem, type SmallFilesystem} from '../support/smallFilesystem.ts'

let fs: SmallFilesystem
beforeAll(() => {
  fs = mountSmallFilesystem(1024 * 1024)
  console.log(fs.mounted ? 'writeFileAtomic: full disk on a 1 MiB tmpfs mounted by the test' : 'writeFileAtomic: mounting not permitted, the full disk is simulated by a failing write')
})
afterAll(() => fs.remove())

/** Fills the filesystem until `leave` bytes are free. */
function fill(leave: number): string {
  const {bavail, bsize} = statfsSync(fs.dir)
  const filler = path.join(fs.dir, 'filler')
  writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - leave)))
  return filler
}

test('writeFileAtomic: a full disk fails the write, names the cause, and leaves the previous file whole and no temporary file', () => {
  const file = path.join(fs.dir, 'dataset.ndjson')
  const good = '{"_id":"a","_type":"page"}\n'.repeat(2000)
  writeFileAtomic(file, [good])
  const bigger = ['{"_id":"b","_type":"page","text":"' + 'x'.repeat(200 * 1024) + '"}\n']
  let chunks: Iterable<string> = bigger
  if (fs.mounted) fill(64 * 1024)
  else {
    chunks = (function* () {
      yield bigger[0]!
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'})
    })()
  }
  let error: unknown
  try {
    writeFileAtomic(file, chunks)
  } catch (caught) {
    error = caught
  }
  expect(error).toBeInstanceOf(WriteError)
  expect((error as Error).message).toMatch(/dataset\.ndjson.*ENOSPC.*previous file is unchanged/)
  expect(readFileSync(file, 'utf8')).toBe(good)
  expect(readdirSync(fs.dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
})

test('removeStaleTempFiles: removes the temporary files of dead processes, keeps a live one\'s', () => {
  const file = path.join(fs.dir, 'stale.ndjson')
  const dead = `.stale.ndjson.999999999.abcd1234.tmp`
  const live = `.stale.ndjson.${process.ppid}.abcd1234.tmp`
  writeFileSync(path.join(fs.dir, dead), 'x')
  writeFileSync(path.join(fs.dir, live), 'x')
  expect(removeStaleTempFiles(file)).toEqual([dead])
  expect(readdirSync(fs.dir)).toContain(live)
})
