/** Shapes of the export: documents as read, problems as reported, the tree as planned. */

/** A document of the dataset, with the NDJSON line it came from (absent when read from a hosted dataset). */
export interface DatasetDocument {
  _id: string
  _type: string
  __line?: number
  [field: string]: unknown
}

/** Something the export could not do for one document (or line); the others are still exported. */
export interface ExportProblem {
  code: string
  message: string
  documentId?: string
  line?: number
  /** True for problems that do not fail the run: a construct written in a nearby form. */
  warning?: boolean
}

/** Where one document's page goes. */
export interface PlannedPage {
  document: DatasetDocument
  /** Relative to the tree root, with `.md`: `psf/working-groups/Packaging/index.md`. */
  path: string
}

/** Bytes to write beside the pages: an attachment or an uploaded asset, from a local file or a URL. */
export interface ExportedFile {
  /** Relative to the tree root. */
  path: string
  from: {file: string} | {url: string}
}
