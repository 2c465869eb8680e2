import type {PathSegment, ValidationMarker} from './types.ts'

/** `members[_key=="m1"].email`, as Sanity prints paths. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((text, segment, index) => {
    if (typeof segment === 'number') return `${text}[${segment}]`
    if (typeof segment === 'string') return `${text}${index === 0 ? '' : '.'}${segment}`
    return `${text}[_key=="${segment._key}"]`
  }, '')
}

/**
 * A document that fails its schema's rules (or points at a document the import does not have).
 * One class for the validation stage; the report reads its fields rather than its message.
 */
export class SanityValidationError extends Error {
  readonly stage = 'validate'
  readonly code = 'invalid-document'
  readonly documentId: string
  /** The wiki file the document came from, relative to the wiki root, when known. */
  readonly sourcePath?: string
  /** Every marker of the document, warnings included; `errors` has the ones that fail it. */
  readonly markers: ValidationMarker[]

  constructor({documentId, sourcePath, markers}: {documentId: string; sourcePath?: string; markers: ValidationMarker[]}) {
    const errors = markers.filter((marker) => marker.level === 'error')
    const listed = errors.map((marker) => `${formatPath(marker.path) || '(document)'}: ${marker.message}`).join('; ')
    super(`${sourcePath ?? documentId}: ${errors.length} validation error${errors.length === 1 ? '' : 's'}: ${listed}`)
    this.name = 'SanityValidationError'
    this.documentId = documentId
    this.sourcePath = sourcePath
    this.markers = markers
  }

  /** The markers at level `error`. */
  get errors(): ValidationMarker[] {
    return this.markers.filter((marker) => marker.level === 'error')
  }

  /** The structured form written to the report. */
  toJSON() {
    return {stage: this.stage, code: this.code, documentId: this.documentId, sourcePath: this.sourcePath, message: this.message, markers: this.markers}
  }
}
