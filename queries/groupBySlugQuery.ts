import {defineQuery} from 'groq'
import {documentSummary, resolvedBody, roleRank} from './fragments.ts'

/**
 * One working group by slug (`$slug`): introduction and charter with resolved links, current
 * members ranked by role, former members, contacts, its pages in source order, the other legacy
 * pages and member lists that belong to it, and how many meeting notes it has.
 */
export const groupBySlugQuery = defineQuery(`*[_type == "workingGroup" && slug.current == $slug][0]{
  _id, title, "slug": slug.current, status, summary, retiredOn, retirementNote,
  "body": body[]${resolvedBody},
  "charter": charter{title, version, legacyNotice, "body": body[]${resolvedBody}},
  "earlierCharters": earlierCharters[]{title, version},
  "members": members[former != true] | order(${roleRank}){_key, name, role, note, email, wikiUsername},
  "formerMembers": members[former == true]{_key, name, role, note},
  "contacts": contacts[]{_key, kind, label, value},
  "pages": pages[]->{${documentSummary}, kind, date},
  "legacyPages": *[_type == "legacyPage" && group._ref == ^._id][!(_id in ^.pages[]._ref)]
    | order(date desc, title asc){${documentSummary}, kind, date},
  "memberLists": *[_type == "memberList" && group._ref == ^._id] | order(title asc){
    ${documentSummary}, moinGroupName, "usernameCount": count(entries)
  },
  "meetingNoteCount": count(*[_type == "legacyPage" && kind == "meetingNotes" && group._ref == ^._id])
}`)
