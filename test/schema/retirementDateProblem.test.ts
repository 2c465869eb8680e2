import {retirementDateProblem} from '../../schemas/retirementDateProblem.ts'

test.each([
  [undefined, undefined],
  ['2026-03-01', undefined],
  ['2026-03-02', 'The retirement date is in the future'],
  ['1 March 2026', 'Give the date the group was retired as YYYY-MM-DD'],
])('retirementDateProblem: %s on 2026-03-01', (date, problem) => {
  const found = retirementDateProblem(date, new Date(2026, 2, 1, 12))
  if (problem === undefined) expect(found).toBeUndefined()
  else expect(found).toContain(problem)
})
