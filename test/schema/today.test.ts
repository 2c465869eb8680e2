import {today} from '../../schemas/today.ts'

test.each([
  [new Date(2026, 0, 5, 0, 0, 1), '2026-01-05'],
  [new Date(2026, 11, 31, 23, 59, 59), '2026-12-31'],
])('today: %s is %s in the local time zone, as a date field stores it', (now, expected) => {
  expect(today(now)).toBe(expected)
})
