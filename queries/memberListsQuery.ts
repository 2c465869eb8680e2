import {defineQuery} from 'groq'

/** Every member list (old MoinMoin edit group) with its usernames, ordered by the group it belongs to, then title. */
export const memberListsQuery = defineQuery(`*[_type == "memberList"] | order(group->title asc, title asc){
  _id, title, "slug": slug.current, moinGroupName,
  "group": group->{_id, title, "slug": slug.current},
  "entries": entries[]{_key, username, profileUrl}
}`)
