/**
 * The importer's public surface: the shapes of what it hands to others — the documents (which
 * the push sends and the server serves) and the report (which the review site shows). Modules
 * outside importer/ take these from here and nothing from its stage folders, so that the stages
 * can move and change inside it. Types only: importing this loads no importer code (and so not
 * `sanity`, which the validate stage needs).
 */
export type {DocumentType, ImportedDocument, ImportWarning} from './types.ts'
export type {FileReport, FileStatus, ImportReport} from './report/types.ts'
