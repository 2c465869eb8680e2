/**
 * A file (dataset, report) could not be written whole; whatever was there before is left as it
 * was. The same fields as the importer's errors (`stage`, `code`, `sourcePath`), so that a
 * report row holds it like any other, without dataset/ depending on the importer.
 */
export class WriteError extends Error {
  readonly stage = 'write'
  readonly code: string
  /** The file that could not be written. */
  readonly sourcePath: string

  constructor(code: string, targetPath: string, message: string) {
    super(`${targetPath}: ${message}`)
    this.name = 'WriteError'
    this.code = code
    this.sourcePath = targetPath
  }

  /** The structured form written to the report. */
  toJSON() {
    return {stage: this.stage, code: this.code, sourcePath: this.sourcePath, message: this.message}
  }
}
