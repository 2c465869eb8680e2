import {ImportError} from '../importer/errors/ImportError.ts'

/** The dataset or report could not be written. */
export class WriteError extends ImportError {
  constructor(code: string, targetPath: string, message: string) {
    super('write', code, targetPath, message)
    this.name = 'WriteError'
  }
}
