import {defineQuery} from 'groq'

/**
 * The meeting notes of the group with slug `$slug`, newest first (same date: by title), one page
 * at a time: items `$start` (inclusive) to `$end` (exclusive), with the total for a pager.
 */
export const meetingNotesQuery = defineQuery(`*[_type == "workingGroup" && slug.current == $slug][0]{
  _id, title, "slug": slug.current,
  "total": count(*[_type == "legacyPage" && kind == "meetingNotes" && group._ref == ^._id]),
  "notes": *[_type == "legacyPage" && kind == "meetingNotes" && group._ref == ^._id]
    | order(date desc, title desc) [$start...$end]{_id, title, "slug": slug.current, date}
}`)
