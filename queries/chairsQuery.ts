import {defineQuery} from 'groq'
import {chairRoles, statusRank} from './fragments.ts'

/** Who chairs what: each group with current chairs, co-chairs or vice chairs, active groups first. */
export const chairsQuery = defineQuery(`*[_type == "workingGroup" && count(members[role in ${chairRoles} && former != true]) > 0]
  | order(${statusRank}, title asc){
  _id, title, "slug": slug.current, status,
  "chairs": members[role in ${chairRoles} && former != true]{_key, name, role}
}`)
