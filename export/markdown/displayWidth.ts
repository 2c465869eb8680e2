import {displayColumn} from '../../importer/parse/displayColumn.ts'

/**
 * Columns a line takes in a pandoc table, by the importer's own notion of wide characters
 * (`displayColumn`), so that the borders written line up where the importer looks for them.
 */
export function displayWidth(line: string): number {
  let width = line.length
  while (displayColumn(line, width) < line.length) width++
  return width
}
