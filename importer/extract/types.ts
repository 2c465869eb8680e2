import type {ContactKind, MemberRole} from '../../schemas/options.ts'

/** A person on a working group, as the schema's `member` object has it. */
export interface Member {
  _type: 'member'
  _key: string
  name: string
  role: MemberRole
  former?: boolean
  note?: string
  email?: string
  wikiUsername?: string
}

/** A member with the page it was read from, for the report. */
export interface MemberFact extends Member {
  sourcePath: string
  /** 1-based line of the name in the source, when it could be found. */
  line?: number
}

/** One way to reach a group, as the schema's `contact` object has it. */
export interface Contact {
  _type: 'contact'
  _key: string
  kind: ContactKind
  label?: string
  value: string
}

export interface ContactFact extends Contact {
  sourcePath: string
}

/** A username of an old MoinMoin group page, as the schema's `memberListEntry` has it. */
export interface MemberListEntry {
  _type: 'memberListEntry'
  _key: string
  username: string
  profileUrl?: string
}

/** What a `X Group.md` page holds. */
export interface MemberListFacts {
  moinGroupName?: string
  /** Where the name came from: the page text, the page's old name in `_redirects.json`, or made up from the file name. */
  moinGroupNameSource: 'text' | 'redirects' | 'fileName'
  entries: MemberListEntry[]
  /** Keys of the body blocks that became entries: they leave the body, the rest stays. */
  consumedBlocks: string[]
}

/** Where the charter's and a legacy page's member lists disagree. */
export interface MemberDifference {
  /** The page compared with the source the members were taken from. */
  sourcePath: string
  /** Names the kept list has and this page lacks. */
  missing: string[]
  /** Names this page has and the kept list lacks. */
  extra: string[]
  /** Same person, different role or former flag. */
  roles: {name: string; kept: string; other: string}[]
}

/** Everything the extract stage found for one group. */
export interface GroupFacts {
  members: MemberFact[]
  /** The page whose member list was kept (the current charter, when it has one). */
  membersFrom?: string
  differences: MemberDifference[]
  contacts: ContactFact[]
}

/** Everything the extract stage found in one page. */
export interface PageFacts {
  members: MemberFact[]
  contacts: ContactFact[]
  memberList?: MemberListFacts
}

/** The extract stage's result. */
export interface Extraction {
  pages: Map<string, PageFacts>
  groups: Map<string, GroupFacts>
}
