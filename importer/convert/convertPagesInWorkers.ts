import {runInWorkerPool} from '../parallel/runInWorkerPool.ts'
import {collectConverted} from './collectConverted.ts'
import {convertPages} from './convertPages.ts'
import type {ConvertOutcome} from './convertFile.ts'
import type {ImportError} from '../errors/ImportError.ts'
import type {PageRecord, SourceFile} from '../types.ts'

/**
 * The convert stage over `workers` threads (convertWorker.ts): the same records and failures, in
 * the same order, as `convertPages` in this thread, which it uses when there is one worker.
 */
export async function convertPagesInWorkers(
  files: readonly SourceFile[],
  workers: number,
  onProgress?: (stage: string, done: number, total: number) => void,
): Promise<{records: PageRecord[]; failures: ImportError[]}> {
  if (workers <= 1 || files.length <= 1) return convertPages(files, onProgress)
  const outcomes = await runInWorkerPool<Pick<SourceFile, 'path' | 'text'>, ConvertOutcome>(
    new URL('./convertWorker.ts', import.meta.url),
    files.map(({path, text}) => ({path, text})),
    {workers, onDone: (done) => onProgress?.('convert', done, files.length)},
  )
  return collectConverted(files, outcomes)
}
