import type {MemberRole} from '../../schemas/options.ts'
import {roleFromText, tidyNote} from './roleFromText.ts'

/** What a label ("Past members:", "Chair:", "Moderators:") says about the names that follow it. */
export interface MemberLabel {
  role?: MemberRole
  former?: boolean
  note?: string
}

/** One person as a line names them, before the context (section, earlier labels) is applied. */
export interface ParsedPerson {
  name: string
  /** The role the line itself gives: a prefix label, a suffix in parentheses, a trailing word. */
  role?: MemberRole
  former?: boolean
  note?: string
  email?: string
  wikiUsername?: string
}

export interface MemberLine {
  people: ParsedPerson[]
  /** A label the line ends with and leaves open for the lines after it (`Participants:`). */
  openLabel?: MemberLabel
  /** Words standing where a name would be (`TBD`, `??`): no person. */
  placeholders: string[]
}

/** Labels before a colon: an optional qualifier, then a role or a word for "the people". */
const LABEL =
  /(?:^|\s)((?:(?:past|former|current|appointed|voting|non-voting)\s+)*(?:co-?\s?chairs?|vice[- ]chairs?|chairs?(?:person)?|moderators?(?:\(s\))?|admins?|administrators?|secretar(?:y|ies)|members?|participants?|observers?|ex[- ]officio|(?:board\s+)?directors?|staff))\s*:/gi
/** The same words as a whole line without a colon: `Non-voting members`. */
const BARE_LABEL = /^(?:(?:past|former|current|voting|non-voting)\s+)*(?:members|participants|moderators|chairs|admins)$/i
/** `Chair - TBD`: a role, a dash, then the value. */
const DASH_LABEL = /^(co-?\s?chairs?|vice[- ]chairs?|chairs?|moderators?|admins?|secretary)\s+[-–—]\s+/i
const EMAIL = /<?\s*\b([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\b\s*>?/g
const PLACEHOLDER = /^(?:tbd|tbc|tba|n\/a|none|vacant|open|\?+|…|\.{3}|-+)$/i
/** Lower-case words that belong inside names: `Stefan van der Walt`, `Alexandre Fioravante de Siqueira`. */
const PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'al', 'el', 'y'])
const NOT_A_NAME = /\b(?:wg|charter|mailing|list|lists|page|wiki|group|working|workgroup|meeting|meetings|python|psf|members?|participants?|others?|email|slack|https?|www)\b/i

/**
 * Reads one line of a member list: a name with its role ("Donald Stufft (chair)", "Ryan
 * Birmingham co-chair"), prefix forms ("Vice Chairs: A (Asia) and B"), labels that open a list
 * ("Past members:"), inline emails ("Georgi Ker (Chair) georgi@python.org"), and placeholders
 * ("TBD (chair)", "Chair: ??") that are no one. Lines that are not about people give no people.
 */
export function parseMemberLine(text: string): MemberLine {
  const result: MemberLine = {people: [], placeholders: []}
  const emails: string[] = []
  let line = text.replace(/\s+/g, ' ').trim()
  line = line.replace(EMAIL, (_all, email: string) => {
    emails.push(email)
    return ' '
  })
  line = line.replace(/\s+/g, ' ').trim()
  if (!line) return result

  if (BARE_LABEL.test(line)) {
    result.openLabel = labelFrom(line)
    return result
  }
  const dash = DASH_LABEL.exec(line)
  if (dash) line = `${dash[1]}: ${line.slice(dash[0].length)}`

  const segments = splitAtLabels(line)
  segments.forEach((segment, index) => {
    const value = segment.value.trim()
    if (!value) {
      if (index === segments.length - 1 && segment.label) result.openLabel = segment.label
      return
    }
    const parts = segment.label ? splitNames(value) : [value]
    for (const part of parts) {
      const person = parsePerson(part, segment.label)
      if ('placeholder' in person) result.placeholders.push(person.placeholder)
      else if (person.name) result.people.push(person)
    }
  })
  if (result.people.length === 1 && emails.length) result.people[0]!.email = emails[0]
  return result
}

/** The line cut at each label: text before the first label has none. */
function splitAtLabels(line: string): {label?: MemberLabel; value: string}[] {
  const matches = [...line.matchAll(LABEL)]
  if (matches.length === 0) return [{value: line}]
  const segments: {label?: MemberLabel; value: string}[] = []
  const first = matches[0]!
  if (first.index > 0 && line.slice(0, first.index).trim()) segments.push({value: line.slice(0, first.index)})
  matches.forEach((match, i) => {
    const end = i + 1 < matches.length ? matches[i + 1]!.index : line.length
    segments.push({label: labelFrom(match[1]!), value: line.slice(match.index + match[0].length, end)})
  })
  return segments
}

/** What a label's words mean: a role, "former", or a note (`admin`, `Appointed Board Director`). */
export function labelFrom(words: string): MemberLabel {
  const former = /\b(?:past|former)\b/i.test(words)
  const plain = words.replace(/\b(?:past|former|current)\b/gi, '').trim()
  const role = roleFromText(plain)
  const label: MemberLabel = {}
  if (role) label.role = role.role
  if (former) label.former = true
  const note = role ? role.rest : /^(?:members?|participants?)$/i.test(plain) ? '' : tidyNote(plain)
  if (note && !/^(?:members?|participants?)$/i.test(note)) label.note = /^admins?$|^administrators?$/i.test(note) ? 'admin' : note
  return label
}

/** Splits `A (Asia, India) and B`, `A, B, C`, `A & B` on separators outside parentheses. */
function splitNames(value: string): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!
    if (char === '(') depth++
    if (char === ')') depth = Math.max(0, depth - 1)
    if (depth === 0) {
      const separator = /^(?:,\s*|;\s*|\s+and\s+|\s*&\s*)/i.exec(value.slice(i))
      if (separator) {
        parts.push(current)
        current = ''
        i += separator[0].length - 1
        continue
      }
    }
    current += char
  }
  parts.push(current)
  return parts.map((part) => part.trim()).filter(Boolean)
}

function parsePerson(text: string, label: MemberLabel | undefined): ParsedPerson | {placeholder: string} {
  let name = text.trim()
  const parenthesized: string[] = []
  for (let match = /\s*\(([^()]*)\)\s*$/.exec(name); match && match.index > 0; match = /\s*\(([^()]*)\)\s*$/.exec(name)) {
    parenthesized.unshift(match[1]!.trim())
    name = name.slice(0, match.index).trim()
  }
  let trailingRole: MemberRole | undefined
  const trailing = /\s+[-–—]?\s*(co-?\s?chair|vice[- ]chair|chair|secretary)$/i.exec(name)
  if (trailing) {
    trailingRole = roleFromText(trailing[1]!)?.role
    name = name.slice(0, trailing.index).trim()
  }
  if (PLACEHOLDER.test(name) || name.startsWith('(')) return {placeholder: text.trim()}

  const notes: string[] = []
  let parenRole: MemberRole | undefined
  for (const inner of parenthesized) {
    const role = label?.role ? undefined : roleFromText(inner)
    if (role && !parenRole) {
      parenRole = role.role
      if (role.rest) notes.push(role.rest)
    } else if (inner) notes.push(inner)
  }
  if (label?.note) notes.unshift(label.note)

  const person: ParsedPerson = {name}
  const role = label?.role ?? parenRole ?? trailingRole
  if (role) person.role = role
  if (label?.former) person.former = true
  if (notes.length) person.note = notes.join('; ')
  const camel = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u.exec(name)
  if (camel) {
    person.wikiUsername = name
    person.name = name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
  }
  return isPersonName(person.name) ? person : {name: ''}
}

/**
 * Loose check that text is a person's name: one to six capitalized words (name particles such as
 * "van der" aside), no digits or URL characters, none of the words that mark a page, a list or a group.
 */
export function isPersonName(name: string): boolean {
  if (name.length < 2 || name.length > 80) return false
  if (!/^\p{Lu}/u.test(name) || /[\d@:/?=<>[\]#*]/.test(name)) return false
  const words = name.split(/\s+/)
  const capitalized = words.every((word) => /^[\p{Lu}(]/u.test(word) || PARTICLES.has(word))
  return words.length <= 6 && capitalized && !NOT_A_NAME.test(name)
}
