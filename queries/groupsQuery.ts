import {defineQuery} from 'groq'
import {groupSummary, statusRank} from './fragments.ts'

/**
 * All working groups: those the section index links to, in the index's order (active ones first),
 * then any others, active before historical, by name. Each with its summary and member count.
 * The section index is the `index` page that links to the most groups; without one, groups come
 * by status and name.
 */
export const groupsQuery = defineQuery(`coalesce(
  (*[_type == "legacyPage" && kind == "index"]
    | order(count(body[].markDefs[][_type == "internalLink" && reference->_type == "workingGroup"]) desc)
  )[0]{
    "listed": (body[].markDefs[][_type == "internalLink"].reference->)[_type == "workingGroup"]{${groupSummary}}
  }{
    "groups": listed[status == "active"] + listed[status != "active"]
      + (*[_type == "workingGroup" && !(_id in ^.listed[]._id)] | order(${statusRank}, title asc){${groupSummary}})
  }.groups,
  *[_type == "workingGroup"] | order(${statusRank}, title asc){${groupSummary}}
)`)
