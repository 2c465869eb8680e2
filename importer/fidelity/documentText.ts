import type {ConvertedPage} from '../types.ts'

/**
 * Every string a converted page holds, whatever the block type: title, span text, code, cell
 * and callout content, definition terms, toctree entries, and the fields the stage adds. Keys
 * starting with `_` (types, keys, references) are machinery. No block type is special-cased, so
 * the word check needs no knowledge of what the converter makes.
 */
export function documentText(page: ConvertedPage): string {
  const out: string[] = []
  forEachText(page, (text) => out.push(text))
  return out.join('\n')
}

/** Each string documentText joins, in the same order, without joining them. */
export function forEachText(value: unknown, visit: (text: string) => void): void {
  if (typeof value === 'string') visit(value)
  else if (Array.isArray(value)) for (const item of value) forEachText(item, visit)
  else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) if (key.charCodeAt(0) !== 95 /* _ */ && key !== 'warnings') forEachText((value as Record<string, unknown>)[key], visit)
  }
}
