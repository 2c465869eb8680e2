/** The stage of the pipeline a failure belongs to; the report groups errors by it. */
export type ImportStage = 'read' | 'convert' | 'classify' | 'links' | 'validate' | 'write'

/**
 * Base of the importer's error classes: every failure names its file (relative to the wiki root)
 * and, where known, the line, so that a report row points straight at the source.
 */
export class ImportError extends Error {
  readonly stage: ImportStage
  readonly sourcePath: string
  readonly line?: number
  readonly code: string

  constructor(stage: ImportStage, code: string, sourcePath: string, message: string, line?: number) {
    // These are report rows far more often than thrown errors (psf/ + python/ makes ~6,600 of
    // them), and the file and line say where they come from: capturing a JavaScript stack for
    // each cost ~0.2 s of the import.
    const stackTraceLimit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    super(`${sourcePath}${line ? `:${line}` : ''}: ${message}`)
    Error.stackTraceLimit = stackTraceLimit
    this.name = 'ImportError'
    this.stage = stage
    this.code = code
    this.sourcePath = sourcePath
    this.line = line
  }

  /** The structured form written to the report. */
  toJSON() {
    return {stage: this.stage, code: this.code, sourcePath: this.sourcePath, line: this.line, message: this.message}
  }
}
