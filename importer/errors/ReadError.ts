import {ImportError} from './ImportError.ts'

/** A source file that could not be read as a page: binary, not UTF-8, too large, unreadable, outside the tree. */
export class ReadError extends ImportError {
  constructor(code: string, sourcePath: string, message: string) {
    super('read', code, sourcePath, message)
    this.name = 'ReadError'
  }
}
