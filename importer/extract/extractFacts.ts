import {byCodePoint} from '../classify/byCodePoint.ts'
import type {Classification, ClassifiedPage} from '../classify/types.ts'
import type {LinkResolver} from '../links/types.ts'
import {extractContacts} from './extractContacts.ts'
import {extractMemberList} from './extractMemberList.ts'
import {extractMembers} from './extractMembers.ts'
import {reconcileMembers} from './reconcileMembers.ts'
import type {ContactFact, Extraction, GroupFacts, PageFacts} from './types.ts'

/** Pages whose people and addresses are the group's: its own page, charters and legacy pages; not meeting notes. */
const GROUP_LEVEL = (page: ClassifiedPage) =>
  page.groupKey !== undefined && (page.type === 'workingGroup' || page.kind === 'charter' || page.kind === 'legacy')

/**
 * The extract stage: members and contacts of every group-level page, usernames of every member
 * list, and per group the members kept (current charter first, differences listed) and the
 * contacts of all its pages. Nothing is taken out of page bodies here, except member list entries,
 * which the assemble stage leaves out of the member list's remaining text.
 */
export function extractFacts(classification: Classification, resolver: LinkResolver): Extraction {
  const pages = new Map<string, PageFacts>()
  for (const page of classification.pages) {
    const input = {sourcePath: page.sourcePath, source: page.record.file.text, body: page.record.page.body}
    if (page.type === 'memberList') {
      pages.set(page.sourcePath, {members: [], contacts: [], memberList: extractMemberList(input, resolver)})
    } else if (GROUP_LEVEL(page)) {
      const {members} = extractMembers(input)
      const personal = new Set(members.flatMap((member) => (member.email ? [member.email.toLowerCase()] : [])))
      pages.set(page.sourcePath, {members, contacts: extractContacts(input, personal)})
    }
  }

  const listed = new Map(classification.legacyOrder.map((path, index) => [path, index]))
  const rank = (path: string) => listed.get(path) ?? Number.MAX_SAFE_INTEGER
  const legacyOf = new Map<string, string[]>()
  for (const page of classification.pages) {
    if (page.kind === 'legacy' && page.groupKey) legacyOf.set(page.groupKey, [...(legacyOf.get(page.groupKey) ?? []), page.sourcePath])
  }

  const groups = new Map<string, GroupFacts>()
  for (const plan of classification.groups) {
    const legacy = (legacyOf.get(plan.key) ?? []).sort((a, b) => rank(a) - rank(b) || byCodePoint(a, b))
    const ordered = [plan.charters[0], plan.synthesized ? undefined : plan.sourcePath, ...legacy, ...plan.charters.slice(1)].filter(
      (path): path is string => path !== undefined && pages.has(path),
    )
    const reconciled = reconcileMembers(ordered.map((sourcePath) => ({sourcePath, members: pages.get(sourcePath)!.members})))
    const contacts = new Map<string, ContactFact>()
    for (const path of ordered) {
      for (const contact of pages.get(path)!.contacts) if (!contacts.has(contact._key)) contacts.set(contact._key, contact)
    }
    groups.set(plan.key, {...reconciled, contacts: [...contacts.values()]})
  }
  return {pages, groups}
}
