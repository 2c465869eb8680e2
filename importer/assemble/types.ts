import type {PageKind} from '../../schemas/options.ts'
import type {ContactFact, MemberDifference, MemberFact, MemberListEntry} from '../extract/types.ts'
import type {LinkResolutionError} from '../links/LinkResolutionError.ts'
import type {PageLinks} from '../links/resolvePageLinks.ts'
import type {DocumentType, ImportWarning, ImportedDocument} from '../types.ts'

/** What the structure stages pulled out of one file, for a person to review. */
export interface ExtractedFacts {
  /** Group documents: the members kept and the page they came from. Other pages: the people they list. */
  members?: Omit<MemberFact, '_type' | '_key'>[]
  membersFrom?: string
  /** Where other pages' member lists disagree with the one kept. */
  memberDifferences?: MemberDifference[]
  contacts?: Omit<ContactFact, '_type' | '_key'>[]
  /** Group documents: the charter versions copied in, current first. */
  charterVersions?: {sourcePath: string; version: number; current: boolean}[]
  /** Member lists: the old group name, where it came from, and the usernames. */
  memberList?: {moinGroupName?: string; moinGroupNameSource: string; entries: Omit<MemberListEntry, '_type' | '_key'>[]}
}

/** What became of one source file: its document, the facts found in it, its broken links. */
export interface FileOutcome {
  sourcePath: string
  documentId: string
  type: DocumentType
  kind?: PageKind
  /** The converter's warnings and the structure stages' own. */
  warnings: ImportWarning[]
  extracted: ExtractedFacts
  brokenLinks: LinkResolutionError[]
  links: PageLinks['counts']
  /** Documents made up from this file besides its own: a group no file stands for. */
  derivedDocuments: {documentId: string; type: DocumentType; reason: string}[]
}

export interface AssembleResult {
  documents: ImportedDocument[]
  /** By source path, one per record. */
  files: Map<string, FileOutcome>
}
