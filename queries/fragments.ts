/**
 * GROQ fragments the library's queries share. Plain strings (not `defineQuery`): `sanity typegen`
 * resolves them where a query interpolates them.
 */

/** The fields every list of documents shows, whatever the document's type. */
export const documentSummary = /* groq */ `_id, _type, title, "slug": slug.current`

/** One group as lists show it. `memberCount` leaves former members out. */
export const groupSummary = /* groq */ `_id, title, "slug": slug.current, status, summary, "memberCount": count(members[former != true])`

/**
 * A text block's annotations with links resolved: each `internalLink` gets the slug, type and
 * title of the document it points at, so that a frontend can build the href; each
 * `attachmentLink` gets its file's URL, name and size (once the file is an uploaded asset).
 */
export const resolvedMarkDefs = /* groq */ `markDefs[]{
  ...,
  _type == "internalLink" => {"target": reference->{_type, title, "slug": slug.current}},
  _type == "attachmentLink" => {"asset": file.asset->{url, originalFilename, size, mimeType}}
}`

/** Rich text whose internal links are resolved, also inside table cells, callouts and definitions. */
export const resolvedBody = /* groq */ `{
  ...,
  _type == "block" => {${resolvedMarkDefs}},
  _type == "table" => {rows[]{..., cells[]{..., content[]{..., _type == "block" => {${resolvedMarkDefs}}}}}},
  _type == "callout" => {body[]{..., _type == "block" => {${resolvedMarkDefs}}}},
  _type == "definitionList" => {items[]{..., description[]{..., _type == "block" => {${resolvedMarkDefs}}}}}
}`

/** Members ranked by role in the order of `MEMBER_ROLES` (schemas/options.ts), source order within a role. */
export const roleRank = /* groq */ `select(
  role == "chair" => 0, role == "co-chair" => 1, role == "vice-chair" => 2, role == "secretary" => 3,
  role == "member" => 4, role == "non-voting" => 5, role == "observer" => 6, role == "ex-officio" => 7, 8
)`

/** Active groups first, then dormant, then historical. */
export const statusRank = /* groq */ `select(status == "active" => 0, status == "dormant" => 1, 2)`

/** The roles that chair a group. */
export const chairRoles = /* groq */ `["chair", "co-chair", "vice-chair"]`
