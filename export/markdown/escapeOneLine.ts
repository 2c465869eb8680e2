import {entity} from './entity.ts'
import {escapeLine} from './escapeLine.ts'

/** Text that must stay on one line (a heading, a term, a title): every newline as an entity. */
export function escapeOneLine(text: string, heading = false): string {
  const parts = text.split('\n')
  return parts.map((part, i) => escapeLine(part, {start: i === 0, end: i === parts.length - 1, heading})).join(entity('\n'))
}
