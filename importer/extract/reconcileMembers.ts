import {squashName} from '../links/loadWikiIndex.ts'
import type {MemberDifference, MemberFact} from './types.ts'

/** One page's member list, in order of authority (current charter first). */
export interface MemberSource {
  sourcePath: string
  members: MemberFact[]
}

/**
 * Picks a group's members: the list of the most authoritative page that has one (the current
 * charter, then the group's own page, its legacy pages, earlier charters), and lists how every
 * other page with a list differs from it, for a person to review.
 */
export function reconcileMembers(sources: readonly MemberSource[]): {members: MemberFact[]; membersFrom?: string; differences: MemberDifference[]} {
  const kept = sources.find((source) => source.members.length > 0)
  if (!kept) return {members: [], differences: []}
  const keptByName = new Map(kept.members.map((member) => [squashName(member.name), member]))
  const differences: MemberDifference[] = []
  for (const other of sources) {
    if (other === kept || other.members.length === 0) continue
    const otherByName = new Map(other.members.map((member) => [squashName(member.name), member]))
    const difference: MemberDifference = {
      sourcePath: other.sourcePath,
      missing: kept.members.filter((member) => !otherByName.has(squashName(member.name))).map((member) => member.name),
      extra: other.members.filter((member) => !keptByName.has(squashName(member.name))).map((member) => member.name),
      roles: [],
    }
    for (const [name, member] of otherByName) {
      const mine = keptByName.get(name)
      if (mine && describe(mine) !== describe(member)) difference.roles.push({name: mine.name, kept: describe(mine), other: describe(member)})
    }
    if (difference.missing.length || difference.extra.length || difference.roles.length) differences.push(difference)
  }
  return {members: kept.members, membersFrom: kept.sourcePath, differences}
}

function describe(member: MemberFact): string {
  return member.former ? `former ${member.role}` : member.role
}
