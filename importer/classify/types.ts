import type {GroupStatus, PageKind} from '../../schemas/options.ts'
import type {DocumentType, ImportWarning, PageRecord} from '../types.ts'

/** What one source file is in the content model: the classify stage's answer for it. */
export interface ClassifiedPage {
  record: PageRecord
  /** `record.file.path`: relative to the wiki root, with `.md`. */
  sourcePath: string
  documentId: string
  type: DocumentType
  /** For legacy pages. */
  kind?: PageKind
  /** `YYYY-MM-DD`, for meeting notes (from the file name). */
  date?: string
  /** Key of the group the page belongs to (`legacyPage.group`, `memberList.group`), or that it is (`workingGroup`). */
  groupKey?: string
  /** For charter pages: the version the file name gives (`Charter` 1, `Charter_v2` 2). */
  charterVersion?: number
  /** Notes for the report: why the page was classified so, when that is not obvious. */
  warnings: ImportWarning[]
}

/** A working group the run will write: from the working groups index, or synthesized. */
export interface GroupPlan {
  /** Unique key: the path of the group's folder or legacy page without `.md` (`psf/working-groups/Packaging`). */
  key: string
  /** The name as the index's link text gives it: `Packaging WG`. */
  title: string
  status: GroupStatus
  /** The one-line summary after the index entry. */
  summary?: string
  documentId: string
  /** The file the group document comes from, or is derived from when synthesized. */
  sourcePath: string
  /** True when no file is the group and the document was made up from `sourcePath`. */
  synthesized: boolean
  /** Source paths of the group's charter pages, current (highest version) first. */
  charters: string[]
}

/** The classify stage's result. */
export interface Classification {
  /** One entry per record, in the records' order. */
  pages: ClassifiedPage[]
  /** Groups in index order: active ones first, then historical ones, then synthesized ones. */
  groups: GroupPlan[]
  /** Source path of the working groups index(es) found in the tree. */
  indexPaths: string[]
  /** The index's legacy list, in order: source paths, for ordering a group's pages. */
  legacyOrder: string[]
}
