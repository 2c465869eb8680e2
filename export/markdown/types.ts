/**
 * Shapes of the MyST writer: the context every handler gets (recursion goes through it, never
 * through an import of the caller), and the handler tables keyed by `_type`.
 */

/** A Portable Text member as the dataset holds it: the importer's shapes, or an editor's. */
export interface PtNode {
  _type: string
  _key?: string
  [field: string]: unknown
}

/** Where a link annotation leads once the export knows every document's path. */
export interface LinkTargets {
  /** The relative link (path with `.md`, and `#anchor`) from the page being written to a document. */
  documentHref(ref: string, anchor?: string): string | undefined
  /** The link to an attached file (`attachments/Folder/file.pdf`), recording that the file must be written beside the pages. */
  attachmentHref(file: unknown, sourcePath: string | undefined): string | undefined
  /** The link to an uploaded image or file asset (`{_ref}`), written beside the page. */
  assetHref(asset: unknown, kind: 'image' | 'file'): string | undefined
}

/** Something the writer could not express; the page is still written, the problem is reported. */
export interface WriteProblem {
  code: string
  message: string
}

/** What every block and mark handler gets: the way to write nested bodies and to resolve links. */
export interface WriteContext {
  /** Writes a body (blocks in order) as MyST, blocks separated by blank lines. */
  writeBlocks(blocks: readonly PtNode[]): string
  links: LinkTargets
  problem(code: string, message: string): void
}

/** Writes one block as MyST text (no trailing newline). */
export type BlockWriter = (block: PtNode, ctx: WriteContext) => string

/** How an annotation wraps the text it covers: what goes before and after; undefined keeps the text bare. */
export type MarkWriter = (def: PtNode, ctx: WriteContext) => {open: string; close: string} | undefined
