import {Worker} from 'node:worker_threads'

export interface WorkerPoolOptions {
  /** Threads to start; each takes batches until none is left. */
  workers: number
  /** Told how many items are done, as batches come back. */
  onDone?: (done: number) => void
}

/**
 * Sends `items` in batches to `workers` threads running `script`, and returns the results in the
 * order of the items, whatever order the batches finish in. The script answers each message
 * `{start, items}` with `{start, results}`, one result per item. Batches are small (a few per
 * thread at least) so that a thread that drew large pages does not keep the others waiting.
 * A thread that dies rejects the whole call; every thread is stopped before it returns.
 */
export async function runInWorkerPool<I, O>(script: URL, items: readonly I[], {workers, onDone}: WorkerPoolOptions): Promise<O[]> {
  const results = new Array<O>(items.length)
  const threads = Math.max(1, Math.min(workers, items.length))
  const batchSize = Math.max(1, Math.min(32, Math.ceil(items.length / (threads * 4))))
  let next = 0
  let done = 0
  const pool = Array.from({length: threads}, () => new Worker(script))
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let finished = false
            const send = () => {
              if (next >= items.length) {
                finished = true
                return resolve()
              }
              const start = next
              next = Math.min(items.length, start + batchSize)
              worker.postMessage({start, items: items.slice(start, next)})
            }
            worker.on('message', ({start, results: batch}: {start: number; results: O[]}) => {
              batch.forEach((result, offset) => (results[start + offset] = result))
              done += batch.length
              onDone?.(done)
              send()
            })
            worker.on('error', reject)
            worker.on('exit', (code) => finished || reject(new Error(`a worker thread of ${script.pathname} stopped (exit code ${code})`)))
            send()
          }),
      ),
    )
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
  return results
}
