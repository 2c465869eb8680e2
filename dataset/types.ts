/** A document as a dataset holds it: an id, a type, any fields. */
export interface StoredDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

/** A step of a path into a document, as Sanity writes paths: a field, an array index, or an array member's `_key`. */
export type PathSegment = string | number | {_key: string}
