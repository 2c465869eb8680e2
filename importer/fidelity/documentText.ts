import type {ConvertedPage} from '../types.ts'

/**
 * Every string a converted page holds, whatever the block type: title, span text, code, cell
 * and callout content, definition terms, toctree entries, and the fields the stage adds. Keys
 * starting with `_` (types, keys, references) are machinery. No block type is special-cased, so
 * the word check needs no knowledge of what the converter makes.
 */
export function documentText(page: ConvertedPage): string {
  const out: string[] = []
  collect(page, out)
  return out.join('\n')
}

function collect(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const item of value) collect(item, out)
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) if (!key.startsWith('_') && key !== 'warnings') collect(child, out)
  }
}
