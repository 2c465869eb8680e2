/**
 * Value lists shared by the schema, the importer and the queries, so that a role or a page kind
 * is spelled the same everywhere. Each list is `[value, title]` pairs in the order editors see.
 */
export const GROUP_STATUSES = [
  {value: 'active', title: 'Active'},
  {value: 'dormant', title: 'Dormant'},
  {value: 'historical', title: 'Historical'},
] as const
export type GroupStatus = (typeof GROUP_STATUSES)[number]['value']

export const MEMBER_ROLES = [
  {value: 'chair', title: 'Chair'},
  {value: 'co-chair', title: 'Co-chair'},
  {value: 'vice-chair', title: 'Vice chair'},
  {value: 'secretary', title: 'Secretary'},
  {value: 'member', title: 'Member'},
  {value: 'non-voting', title: 'Non-voting member'},
  {value: 'observer', title: 'Observer'},
  {value: 'ex-officio', title: 'Ex officio'},
] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]['value']

export const PAGE_KINDS = [
  {value: 'legacy', title: 'Standalone legacy page'},
  {value: 'meetingNotes', title: 'Meeting notes'},
  {value: 'agenda', title: 'Agenda'},
  {value: 'announcement', title: 'Announcement'},
  {value: 'charter', title: 'Charter'},
  {value: 'index', title: 'Section index'},
  {value: 'subpage', title: 'Other subpage'},
] as const
export type PageKind = (typeof PAGE_KINDS)[number]['value']

export const CONTACT_KINDS = [
  {value: 'email', title: 'Email address'},
  {value: 'mailingList', title: 'Mailing list'},
  {value: 'chat', title: 'Chat channel'},
  {value: 'website', title: 'Website'},
] as const
export type ContactKind = (typeof CONTACT_KINDS)[number]['value']

/** MyST admonition names, plus the generic `admonition` that carries its own title. */
export const CALLOUT_KINDS = [
  {value: 'note', title: 'Note'},
  {value: 'tip', title: 'Tip'},
  {value: 'hint', title: 'Hint'},
  {value: 'important', title: 'Important'},
  {value: 'warning', title: 'Warning'},
  {value: 'caution', title: 'Caution'},
  {value: 'attention', title: 'Attention'},
  {value: 'danger', title: 'Danger'},
  {value: 'error', title: 'Error'},
  {value: 'seealso', title: 'See also'},
  {value: 'admonition', title: 'Generic admonition'},
] as const
export type CalloutKind = (typeof CALLOUT_KINDS)[number]['value']

/** URL schemes a `link` annotation accepts; wiki text links to all of these. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'ftp', 'irc', 'ircs', 'news', 'tel', 'git', 'svn', 'ssh', 'file']

/** The document types an internal link may point at. */
export const LINKABLE_TYPES = [{type: 'workingGroup'}, {type: 'legacyPage'}, {type: 'memberList'}]

/** What counts as an email address, for the contact rule and for the importer that fills contacts. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
