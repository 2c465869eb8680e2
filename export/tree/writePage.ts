import {escapeOneLine} from '../markdown/escapeOneLine.ts'
import {fenceFor} from '../markdown/fenceFor.ts'
import type {PtNode, WriteContext} from '../markdown/types.ts'
import type {DatasetDocument} from '../types.ts'
import {LEGACY_NOTICE} from './legacyNotice.ts'

interface MemberListEntry {
  username?: string
  profileUrl?: string
}

/**
 * A member list's usernames as the wiki writes them: one bullet each, linked to the profile when
 * there is one. The importer takes such items out of the body into `entries`; written back, they
 * are read into the same entries.
 */
function entryBlocks(entries: readonly MemberListEntry[]): PtNode[] {
  return entries.map((entry, index) => ({
    _type: 'block',
    style: 'normal',
    listItem: 'bullet',
    level: 1,
    children: [{_type: 'span', text: entry.username ?? '', marks: entry.profileUrl ? [`e${index}`] : []}],
    markDefs: entry.profileUrl ? [{_type: 'link', _key: `e${index}`, href: entry.profileUrl}] : [],
  }))
}

/** `{toctree}` entries as stored (`Title <target>` or `target`), in order, under the wiki's `:maxdepth: 1`. */
function toctree(entries: readonly {target?: string}[]): string {
  const lines = entries.flatMap((entry) => (entry.target ? [entry.target] : []))
  const fence = fenceFor(lines.join('\n'))
  return `${fence}{toctree}\n:maxdepth: 1\n\n${lines.join('\n')}\n${fence}`
}

/**
 * One document as a MyST page, in the order the wiki's pages have: the title as the H1, the
 * "Legacy Wiki Page" admonition when the document carries the flag, the body (a member list's
 * usernames after its remaining text), the toctree last.
 */
export function writePage(document: DatasetDocument, ctx: WriteContext): string {
  const title = typeof document.title === 'string' ? document.title : ''
  if (!title.trim()) ctx.problem('no-title', 'the document has no title: the page has an empty H1')
  const parts = [`# ${escapeOneLine(title, true)}`]
  if (document.legacyNotice === true) parts.push(LEGACY_NOTICE)
  const body = [...((document.body as PtNode[] | undefined) ?? [])]
  if (document._type === 'memberList') body.push(...entryBlocks((document.entries as MemberListEntry[] | undefined) ?? []))
  const text = ctx.writeBlocks(body)
  if (text) parts.push(text)
  const entries = (document.toctree as {target?: string}[] | undefined) ?? []
  if (entries.length) parts.push(toctree(entries))
  return `${parts.join('\n\n')}\n`
}
