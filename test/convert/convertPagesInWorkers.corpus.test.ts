import {convertPages} from '../../importer/convert/convertPages.ts'
import {convertPagesInWorkers} from '../../importer/convert/convertPagesInWorkers.ts'
import {corpusFiles} from '../support/corpus.ts'

test('convertPagesInWorkers: the working-groups pages over 3 threads convert exactly as in this thread, in order', async () => {
  const files = corpusFiles('psf/working-groups')
  const progress: number[] = []
  const threaded = await convertPagesInWorkers(files, 3, (stage, done, total) => {
    expect([stage, total]).toEqual(['convert', files.length])
    progress.push(done)
  })
  const inThread = convertPages(files)
  expect(threaded.records.map((record) => record.file.path)).toEqual(files.map((file) => file.path))
  expect(JSON.stringify(threaded.records)).toBe(JSON.stringify(inThread.records))
  expect(threaded.failures).toEqual(inThread.failures)
  expect(progress.at(-1)).toBe(files.length)
})
