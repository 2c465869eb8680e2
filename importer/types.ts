/**
 * Shapes that travel between the importer's stages. The Portable Text shapes mirror the schema in
 * `schemas/` (blockContent, simpleBlockContent and their objects) by hand, looser than
 * `sanity typegen`'s (a callout's `kind` is any string here): no type check ties the two; the
 * validate stage checks every document against the schema's own rules instead.
 */

/** A span of text with decorator and annotation keys. */
export interface Span {
  _type: 'span'
  _key: string
  text: string
  marks: string[]
}

/** Annotation definitions a block's spans point at through `marks`. */
export type MarkDef =
  | {_type: 'link'; _key: string; href: string}
  | {_type: 'internalLink'; _key: string; reference: Reference; anchor?: string}
  | {_type: 'attachmentLink'; _key: string; file: FileValue; sourcePath: string}

export interface Reference {
  _type: 'reference'
  _ref: string
  /** Set while the target may not exist yet (the push writes references weak, then strong). */
  _weak?: boolean
}

/** A file field as the NDJSON import format expects it before the asset is uploaded. */
export interface FileValue {
  _type: 'file'
  _sanityAsset?: string
  asset?: Reference
}

export type BlockStyle = 'normal' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'blockquote'

export interface TextBlock {
  _type: 'block'
  _key: string
  style: BlockStyle
  listItem?: 'bullet' | 'number'
  level?: number
  children: Span[]
  markDefs: MarkDef[]
}

export interface TableCell {
  _type: 'tableCell'
  _key: string
  content: SimpleBlock[]
  colSpan?: number
}
export interface TableRow {
  _type: 'tableRow'
  _key: string
  cells: TableCell[]
}
export interface Table {
  _type: 'table'
  _key: string
  caption?: string
  headerRows: number
  rows: TableRow[]
}
export interface Callout {
  _type: 'callout'
  _key: string
  kind: string
  title?: string
  body: SimpleBlock[]
}
export interface CodeBlock {
  _type: 'codeBlock'
  _key: string
  language?: string
  code: string
}
export interface DefinitionItem {
  _type: 'definitionItem'
  _key: string
  term: string
  description: SimpleBlock[]
}
export interface DefinitionList {
  _type: 'definitionList'
  _key: string
  items: DefinitionItem[]
}
export interface Figure {
  _type: 'figure'
  _key: string
  alt?: string
  caption?: string
  sourceUrl?: string
  asset?: Reference
  _sanityAsset?: string
}
export interface Attachment {
  _type: 'attachment'
  _key: string
  title: string
  sourcePath: string
  asset?: Reference
  _sanityAsset?: string
}

/** Members of `simpleBlockContent`: callout bodies, table cells, definitions. */
export type SimpleBlock = TextBlock | CodeBlock | Figure
/** Members of `blockContent`: page bodies and charters. */
export type BodyBlock = TextBlock | Table | Callout | CodeBlock | DefinitionList | Figure | Attachment

/** Something the importer noticed about a source file: kept in the report, never fatal. */
export interface ImportWarning {
  /** Short machine-readable code, e.g. `unmapped-construct`, `dropped-html`. */
  code: string
  message: string
  /** 1-based source line, when known. */
  line?: number
}

/** A page as the convert stage produces it, before classification into a document type. */
export interface ConvertedPage {
  /** The H1's text; falls back to the file name when the page has none (with a warning). */
  title: string
  body: BodyBlock[]
  /** True when the page carried the `{admonition} Legacy Wiki Page` block. */
  legacyNotice: boolean
  /** `{toctree}` entries in source order, as written. */
  toctree: string[]
  warnings: ImportWarning[]
}

/** One file of the source tree, as the read stage hands it on. */
export interface SourceFile {
  /** Path relative to the wiki root, with `/` separators and the `.md` kept: `psf/working-groups/Packaging.md`. */
  path: string
  absolutePath: string
  text: string
}

/** A converted page with the file it came from. */
export interface PageRecord {
  file: SourceFile
  page: ConvertedPage
}

export type DocumentType = 'workingGroup' | 'legacyPage' | 'memberList'

/** A document as written to the dataset. Field shapes follow the schema of its `_type`. */
export interface ImportedDocument {
  _id: string
  _type: DocumentType
  title: string
  slug: {_type: 'slug'; current: string}
  provenance: {_type: 'provenance'; sourcePath: string; moinName?: string; importHash?: string}
  [field: string]: unknown
}
