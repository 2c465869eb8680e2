/**
 * A worker thread of `convertPagesInWorkers`: converts the files it is sent and sends back their
 * outcomes (see parallel/runInWorkerPool.ts for the messages).
 */
import {parentPort} from 'node:worker_threads'
import {convertFile} from './convertFile.ts'
import type {SourceFile} from '../types.ts'

parentPort!.on('message', ({start, items}: {start: number; items: Pick<SourceFile, 'path' | 'text'>[]}) => {
  parentPort!.postMessage({start, results: items.map(convertFile)})
})
