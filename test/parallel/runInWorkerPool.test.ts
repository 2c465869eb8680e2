import {runInWorkerPool} from '../../importer/parallel/runInWorkerPool.ts'

const worker = (name: string) => new URL(`../fixtures/workers/${name}.ts`, import.meta.url)

test('runInWorkerPool: results come back in the order of the items, whatever order batches finish in', async () => {
  const items = Array.from({length: 57}, (_, index) => index)
  const reported: number[] = []
  const results = await runInWorkerPool<number, number>(worker('doubleLate'), items, {workers: 3, onDone: (done) => reported.push(done)})
  expect(results).toEqual(items.map((item) => item * 2))
  expect(reported.at(-1)).toBe(57)
  expect(reported).toEqual([...reported].sort((a, b) => a - b))
})

test('runInWorkerPool: a worker thread that dies fails the call, naming its script', async () => {
  await expect(runInWorkerPool(worker('crash'), [1, 2, 3], {workers: 2})).rejects.toThrow(/crash\.ts stopped \(exit code 3\)/)
})
