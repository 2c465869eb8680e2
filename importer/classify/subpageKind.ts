import type {PageKind} from '../../schemas/options.ts'

/** A page in a group's folder, by file name (without `.md`): the first rule that matches decides. */
const RULES: {test: (name: string) => boolean; kind: PageKind}[] = [
  {test: (name) => /^charter\b|^charter[_ -]?v?\d+$/i.test(name), kind: 'charter'},
  {test: (name) => meetingDate(name) !== undefined, kind: 'meetingNotes'},
  {test: (name) => /agenda/i.test(name), kind: 'agenda'},
  {test: (name) => /announce/i.test(name), kind: 'announcement'},
]

/** The kind of a page inside a working group's folder; `subpage` when no rule says otherwise. */
export function subpageKind(name: string): PageKind {
  return RULES.find((rule) => rule.test(name))?.kind ?? 'subpage'
}

/** The date a `YYYY-MM-DD-…` file name starts with, when it is a real calendar date. */
export function meetingDate(name: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?=$|[-_ .])/.exec(name)
  if (!match) return undefined
  const [date, year, month, day] = match as unknown as [string, string, string, string]
  const parsed = new Date(`${date}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.getUTCFullYear() === +year && parsed.getUTCMonth() + 1 === +month && parsed.getUTCDate() === +day
    ? date
    : undefined
}

/** The version a charter's file name gives: `Charter` is 1, `Charter_v2` is 2, `Python Edu Charter` is 1. */
export function charterVersion(name: string): number {
  const match = /charter[_ -]?v?(\d+)$/i.exec(name)
  return match ? Number(match[1]) : 1
}
