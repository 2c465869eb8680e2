import path from 'node:path'
import {blockText, isTextBlock} from '../classify/blockText.ts'
import type {LinkResolver} from '../links/types.ts'
import type {BodyBlock} from '../types.ts'
import {factKey} from './factKey.ts'
import type {MemberListEntry, MemberListFacts} from './types.ts'

/** "Members of the PackagingWGGroup (these have edit permission…)". */
const GROUP_NAME = /\bmembers of (?:the )?([A-Z][A-Za-z0-9]*Group)\b/i
/** A wiki username: one word, no spaces. */
const USERNAME = /^[\p{L}\p{N}._-]+$/u

/**
 * Reads an old MoinMoin group page (`X Group.md`): the group's name as the text gives it (else
 * the page's old name in `_redirects.json`, else one made from the file name), and the usernames
 * of its list, written plain (`dstufft`), as `./Name.html` or as `../people/Name` links; linked
 * ones get the profile page's address. Lines that are not usernames (`#acl MembersGroup:read`)
 * stay in the body.
 */
export function extractMemberList(
  page: {sourcePath: string; body: readonly BodyBlock[]},
  resolver: LinkResolver,
): MemberListFacts {
  const entries: MemberListEntry[] = []
  const consumedBlocks: string[] = []
  let moinGroupName: string | undefined

  for (const block of page.body) {
    if (!isTextBlock(block)) continue
    const text = blockText(block).trim()
    moinGroupName ??= GROUP_NAME.exec(text)?.[1]
    if (!block.listItem || !USERNAME.test(text) || text.startsWith('#')) continue
    const link = block.markDefs.find((def) => def._type === 'link')
    const profileUrl = link?._type === 'link' ? profileUrlFor(resolver.resolve(page.sourcePath, link.href), link.href, resolver) : undefined
    entries.push({_type: 'memberListEntry', _key: factKey('entry', text), username: text, ...(profileUrl ? {profileUrl} : {})})
    consumedBlocks.push(block._key)
  }

  if (moinGroupName) return {moinGroupName, moinGroupNameSource: 'text', entries, consumedBlocks}
  const oldName = resolver.moinNameFor(page.sourcePath)?.split('/').at(-1)
  if (oldName) return {moinGroupName: oldName, moinGroupNameSource: 'redirects', entries, consumedBlocks}
  const fromFile = path.posix.basename(page.sourcePath, '.md').replace(/\s+Group$/, 'WGGroup').replace(/\s+/g, '')
  return {moinGroupName: fromFile, moinGroupNameSource: 'fileName', entries, consumedBlocks}
}

function profileUrlFor(target: ReturnType<LinkResolver['resolve']>, href: string, resolver: LinkResolver): string | undefined {
  if (target.kind === 'internal') return resolver.urlFor(target.path)
  if (target.kind === 'wikiPage') return target.url
  return target.kind === 'external' && /^https?:\/\//i.test(href) ? href : undefined
}
