import {blockText, isHeading, isTextBlock} from '../classify/blockText.ts'
import {squashName} from '../links/loadWikiIndex.ts'
import type {BodyBlock, Table, TextBlock} from '../types.ts'
import {factKey} from './factKey.ts'
import {lineOf} from './lineOf.ts'
import {labelFrom, parseMemberLine, type MemberLabel, type ParsedPerson} from './parseMemberLine.ts'
import {ROLE_RANK} from './roleFromText.ts'
import type {MemberFact} from './types.ts'

/** Headings of sections that list people; "Membership" (rules) and "Adding New Members" do not. */
const MEMBER_HEADING = /\b(?:participants?|members|who we are|administration|moderators?|chairs?|officers|leadership)\b/i
const NOT_MEMBER_HEADING = /\b(?:adding|new members|how to|join)\b/i
/** Table rows whose first cell is a role: Infrastructure's `| **Chair** | Ee Durbin |`. */
const ROLE_CELL = /^(?:co-?\s?chairs?|vice[- ]chairs?|chairs?|secretary)$/i

export interface PageMembers {
  members: MemberFact[]
  /** Placeholders seen where names would be (`TBD (chair)`), for the report. */
  placeholders: string[]
}

/**
 * The people a page lists, with roles: list items and label lines in sections whose heading is
 * about people ("Participants", "Members", "Administration", "List of Participants/Who we are"),
 * and role rows of tables anywhere. A label line ("Past members:", "Chair:") applies to the items
 * after it until the next label or heading. One person listed twice is one member with the
 * stronger role; anyone listed as current is not former.
 */
export function extractMembers(page: {sourcePath: string; source: string; body: readonly BodyBlock[]}): PageMembers {
  const found: ParsedPerson[] = []
  const placeholders: string[] = []
  let inSection = false
  let context: MemberLabel = {}

  const take = (people: ParsedPerson[], label: MemberLabel) => {
    for (const person of people) {
      const note = [label.note, person.note].filter((part, i, all) => part && all.indexOf(part) === i).join('; ')
      found.push({
        ...person,
        role: person.role ?? label.role ?? 'member',
        ...(person.former || label.former ? {former: true} : {}),
        ...(note ? {note} : {}),
      })
    }
  }

  for (const block of page.body) {
    if (block._type === 'table') {
      for (const line of roleRows(block)) {
        const parsed = parseMemberLine(line)
        take(parsed.people, {})
        placeholders.push(...parsed.placeholders)
      }
      continue
    }
    if (!isTextBlock(block)) continue
    const text = blockText(block).trim()
    if (isHeading(block)) {
      inSection = MEMBER_HEADING.test(text) && !NOT_MEMBER_HEADING.test(text)
      context = /\b(?:past|former)\b/i.test(text) ? labelFrom(text) : {}
      continue
    }
    if (!inSection || !text) continue
    const parsed = parseMemberLine(text)
    take(parsed.people, context)
    placeholders.push(...parsed.placeholders)
    if (parsed.openLabel) context = parsed.openLabel
  }
  return {members: merge(found, page), placeholders}
}

/** `Chair: Ee Durbin` for each role row of a table. */
function roleRows(table: Table): string[] {
  const lines: string[] = []
  for (const row of table.rows) {
    const [head, value] = row.cells.map((cell) => cell.content.map((block) => (block._type === 'block' ? blockText(block as TextBlock) : '')).join(' ').trim())
    if (head && value && ROLE_CELL.test(head.replace(/[*:]/g, '').trim())) lines.push(`${head.replace(/[*:]/g, '').trim()}: ${value}`)
  }
  return lines
}

/** One entry per person: the stronger role, current over former, notes and emails kept. */
function merge(people: ParsedPerson[], page: {sourcePath: string; source: string}): MemberFact[] {
  const byName = new Map<string, MemberFact>()
  for (const person of people) {
    const squashed = squashName(person.name) || person.name
    const known = byName.get(squashed)
    if (!known) {
      const line = lineOf(page.source, person.wikiUsername ?? person.name)
      byName.set(squashed, {
        _type: 'member',
        _key: factKey('member', squashed),
        ...person,
        role: person.role ?? 'member',
        sourcePath: page.sourcePath,
        ...(line ? {line} : {}),
      })
      continue
    }
    const role = person.role ?? 'member'
    if (ROLE_RANK[role] < ROLE_RANK[known.role]) known.role = role
    if (!person.former) delete known.former
    if (person.note && !known.note?.includes(person.note)) known.note = known.note ? `${known.note}; ${person.note}` : person.note
    known.email ??= person.email
    known.wikiUsername ??= person.wikiUsername
  }
  return [...byName.values()]
}
