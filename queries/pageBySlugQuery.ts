import {defineQuery} from 'groq'
import {resolvedBody} from './fragments.ts'

/**
 * One page by slug (`$slug`), whatever its type, with its body's internal links resolved to the
 * slug, type and title of their targets, its group, and its navigation entries.
 */
export const pageBySlugQuery = defineQuery(`*[_type in ["legacyPage", "memberList", "workingGroup"] && slug.current == $slug][0]{
  _id, _type, title, "slug": slug.current, kind, date, legacyNotice, moinGroupName,
  "group": group->{_id, title, "slug": slug.current},
  "body": body[]${resolvedBody},
  "entries": entries[]{_key, username, profileUrl},
  "toctree": toctree[]{_key, target, title, "document": document->{_type, title, "slug": slug.current}},
  "sourcePath": provenance.sourcePath
}`)
