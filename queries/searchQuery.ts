import {defineQuery} from 'groq'

/**
 * Full-text search over titles, summaries and bodies (GROQ `match`, so `$terms` may hold several
 * words and `prefix*` patterns). Title hits rank first; at most `$limit` results.
 */
export const searchQuery = defineQuery(`*[_type in ["workingGroup", "legacyPage", "memberList"]
  && [title, summary, pt::text(body), pt::text(charter.body)] match $terms]
  | score(boost(title match $terms, 3), summary match $terms, pt::text(body) match $terms)
  | order(_score desc, title asc) [0...$limit]{_id, _type, title, "slug": slug.current, kind, date, _score}`)
