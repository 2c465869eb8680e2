import type {DocumentType, ImportWarning} from '../types.ts'

/** How one source file fared. */
export type FileStatus = 'imported' | 'invalid' | 'failed'

/** One row of the report: a source file, the document it became, and what to look at. */
export interface FileReport {
  sourcePath: string
  status: FileStatus
  documentId?: string
  type?: DocumentType
  /** Errors that kept the file out of the dataset (read, convert or validation). */
  errors: {stage: string; code: string; message: string; line?: number; path?: string}[]
  warnings: ImportWarning[]
  /** Share of the words a reader sees on the rendered page that the document holds (0..1). */
  fidelity?: {score: number; missing: string[]}
  /** Facts the structure stages pulled out of the text, for a person to review. */
  extracted?: unknown
  brokenLinks?: {href: string; line?: number; reason: string}[]
}

export interface ImportReport {
  sources: string[]
  wikiRoot: string
  out?: string
  startedAt: string
  durationMs: number
  summary: {
    files: number
    imported: number
    invalid: number
    failed: number
    documents: number
    written: number
    warnings: number
    brokenLinks: number
    byType: Record<string, number>
    fidelity: {min: number; mean: number; pagesBelow995: number}
  }
  /** Each stage's wall time and the process's resident memory when it ended. */
  stages: {name: string; ms: number; rssMb: number}[]
  files: FileReport[]
  /** Things found in the tree that are not pages (attachments, other files, skipped folders). */
  notices: {severity: 'error' | 'warning' | 'info'; code: string; sourcePath: string; message: string}[]
}
