import {writeFileAtomic} from './writeFileAtomic.ts'

/**
 * Writes documents as an NDJSON dataset file (one JSON document per line, what
 * `sanity dataset import` and {@link readDatasetFile} read), in the order given, atomically.
 * Returns the bytes written.
 */
export function writeDatasetFile(file: string, documents: Iterable<object>): number {
  function* lines() {
    for (const document of documents) yield JSON.stringify(document) + '\n'
  }
  return writeFileAtomic(file, lines())
}
