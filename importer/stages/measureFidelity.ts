import {textFidelity} from '../fidelity/textFidelity.ts'
import type {PageRecord} from '../types.ts'

/** How many missing words a report row lists; the score counts them all. */
const MISSING_SHOWN = 25

/** The text-fidelity figure of one converted page, rounded for the report. */
export function measureFidelity(record: PageRecord): {score: number; missing: string[]} {
  const {score, missing} = textFidelity(record.file.text, record.page)
  return {score: Math.round(score * 10000) / 10000, missing: missing.slice(0, MISSING_SHOWN)}
}
