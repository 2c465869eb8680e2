import {jest} from '@jest/globals'
import {createRequestGate} from '../../push/createRequestGate.ts'
import {retryAfterMs} from '../../push/withRetries.ts'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

test('createRequestGate: never more than maxInFlight at once, nor maxPerWindow starts in a window', async () => {
  const gate = createRequestGate({maxInFlight: 3, maxPerWindow: 5, windowMs: 100})
  let running = 0
  let peak = 0
  const starts: number[] = []
  await Promise.all(
    Array.from({length: 20}, () =>
      gate.run(async () => {
        starts.push(Date.now())
        peak = Math.max(peak, ++running)
        await sleep(5)
        running--
      }),
    ),
  )
  expect(peak).toBe(3)
  for (const start of starts) expect(starts.filter((other) => other >= start && other < start + 100).length).toBeLessThanOrEqual(5)
})

test('createRequestGate: unrated requests skip the rate limit but not the slots', async () => {
  // The clock stands still: a request that waited for the rate window would never start.
  jest.useFakeTimers({doNotFake: ['setImmediate']})
  try {
    const gate = createRequestGate({maxInFlight: 2, maxPerWindow: 1, windowMs: 10_000})
    await gate.run(async () => undefined) // the window's one rated start
    const releases: (() => void)[] = []
    let running = 0
    let finished = 0
    const all = Promise.all(
      [1, 2, 3].map(() =>
        gate.run(async () => {
          running++
          await new Promise<void>((release) => releases.push(release))
          running--
          finished++
        }, false),
      ),
    )
    const settle = () => new Promise((resolve) => setImmediate(resolve))
    await settle()
    expect(running).toBe(2) // both slots taken, the third waits for one
    releases.shift()!()
    await settle()
    expect(running).toBe(2)
    expect(finished).toBe(1)
    releases.splice(0).forEach((release) => release())
    await all
    expect(finished).toBe(3)
  } finally {
    jest.useRealTimers()
  }
})

test('createRequestGate: a request rated when sent counts from its send, and not at all if it never sends', async () => {
  const gate = createRequestGate({maxInFlight: 10, maxPerWindow: 3, windowMs: 200})
  const sent: number[] = []
  // Each reads first (a varying while), then sends — or, every other one, does not send.
  await Promise.all(
    Array.from({length: 12}, (_, index) =>
      gate.run(async (markSent) => {
        await sleep(index % 3 === 0 ? 30 : 1)
        if (index % 2 === 1) return
        markSent()
        sent.push(Date.now())
      }, 'when-sent'),
    ),
  )
  expect(sent).toHaveLength(6)
  for (const at of sent) expect(sent.filter((other) => other >= at && other < at + 200).length).toBeLessThanOrEqual(3)
})

test.each([
  ['2', 2000],
  ['0', 0],
  [undefined, undefined],
  ['soon', undefined],
])('retryAfterMs: %s → %s', (header, ms) => {
  expect(retryAfterMs(header)).toBe(ms)
})

test('retryAfterMs: reads an HTTP date', () => {
  const now = Date.parse('2025-01-01T00:00:00Z')
  expect(retryAfterMs('Wed, 01 Jan 2025 00:00:03 GMT', now)).toBe(3000)
})
