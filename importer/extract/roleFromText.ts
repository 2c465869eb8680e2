import type {MemberRole} from '../../schemas/options.ts'

/**
 * Words that name a role, strongest first; `keep` leaves the word in the member's note because
 * the role only approximates it (a "moderator" is recorded as chair, noted as moderator).
 */
const ROLE_WORDS: {pattern: RegExp; role: MemberRole; keep?: boolean}[] = [
  {pattern: /\bco-?\s?chair(?:s|person)?\b/i, role: 'co-chair'},
  {pattern: /\bvice[- ]?chair(?:s|person)?\b/i, role: 'vice-chair'},
  {pattern: /\bchair(?:s|person)?\b/i, role: 'chair'},
  {pattern: /\bmoderator(?:s|\(s\))?/i, role: 'chair', keep: true},
  {pattern: /\bsecretar(?:y|ies)\b/i, role: 'secretary'},
  {pattern: /\bnon-?\s?voting\b/i, role: 'non-voting'},
  {pattern: /\bobservers?\b/i, role: 'observer'},
  {pattern: /\bex[- ]officio\b/i, role: 'ex-officio'},
]

/** The strength of a role when one person is listed twice: the stronger is kept. */
export const ROLE_RANK: Record<MemberRole, number> = {
  chair: 0,
  'co-chair': 1,
  'vice-chair': 2,
  secretary: 3,
  'ex-officio': 4,
  'non-voting': 5,
  observer: 6,
  member: 7,
}

/**
 * The role a bit of text names ("co-chair", "non-voting PSF Board member", "Moderators") and what
 * is left of it as a note; `undefined` when it names none.
 */
export function roleFromText(text: string): {role: MemberRole; rest: string} | undefined {
  for (const {pattern, role, keep} of ROLE_WORDS) {
    const match = pattern.exec(text)
    if (!match) continue
    const word = keep ? match[0].toLowerCase().replace(/\(s\)$|s$/, '') : ''
    const rest = text.slice(0, match.index) + word + text.slice(match.index + match[0].length)
    return {role, rest: tidyNote(rest)}
  }
  return undefined
}

/** Trims separators a removed word leaves behind: `US - ` → `US`. */
export function tidyNote(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .trim()
}
