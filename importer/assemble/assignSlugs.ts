import {byCodePoint} from '../classify/byCodePoint.ts'
import {slugFor} from '../identity/slugFor.ts'
import type {DocumentType} from '../types.ts'

/** Who keeps the plain slug when two documents want the same one: groups, then member lists, then pages. */
const PRIORITY: Record<DocumentType, number> = {workingGroup: 0, memberList: 1, legacyPage: 2}
/** What a document that yields adds to its slug: `working-groups/packaging-legacy` for `Packaging.md`. */
const SUFFIX: Record<DocumentType, string> = {workingGroup: 'group', memberList: 'members', legacyPage: 'legacy'}

/**
 * Unique slugs for a set of documents, from their source paths. `Packaging.md` and
 * `Packaging/index.md` both want `…/packaging`: the working group keeps it and the legacy page
 * becomes `…/packaging-legacy`; further clashes count up. Same input, same slugs (paths compare by
 * code point, not by locale).
 */
export function assignSlugs(documents: readonly {_id: string; type: DocumentType; path: string}[]): Map<string, string> {
  const slugs = new Map<string, string>()
  const taken = new Set<string>()
  const ordered = [...documents].sort((a, b) => PRIORITY[a.type] - PRIORITY[b.type] || byCodePoint(a.path, b.path))
  for (const document of ordered) {
    const base = slugFor(document.path) || 'page'
    let slug = base
    if (taken.has(slug)) slug = `${base}-${SUFFIX[document.type]}`
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${SUFFIX[document.type]}-${n}`
    taken.add(slug)
    slugs.set(document._id, slug)
  }
  return slugs
}
