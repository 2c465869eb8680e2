/** Fields the Content Lake sets on every document; they are not content. */
const SYSTEM_FIELDS = ['_rev', '_updatedAt', '_createdAt']

/** A shallow copy of a document without the fields the Content Lake sets on it. */
export function documentContent(document: Record<string, unknown>): Record<string, unknown> {
  const content = {...document}
  for (const field of SYSTEM_FIELDS) delete content[field]
  return content
}
