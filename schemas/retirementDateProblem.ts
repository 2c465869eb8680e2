import {today} from './today.ts'

/**
 * What is wrong with a working group's retirement date, in an editor's words, or undefined when
 * nothing is: the schema's rule and the Retire group dialog both ask this, so they always agree.
 */
export function retirementDateProblem(date: unknown, now: Date = new Date()): string | undefined {
  if (date === undefined || date === null || date === '') return undefined
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'Give the date the group was retired as YYYY-MM-DD.'
  if (date > today(now)) return 'The retirement date is in the future: pick the day the group was retired, today at the latest.'
  return undefined
}
