import type {BodyBlock} from '../types.ts'

/**
 * One empty array for every empty `marks`, `markDefs`, `children`... of every converted page:
 * about half the arrays of a body are empty, 32 bytes each when they are their own. Frozen, so
 * that code which would push into a shared one fails loudly instead of changing other blocks.
 */
const EMPTY: never[] = Object.freeze([]) as never[]

/**
 * The converted blocks, stored as compactly as V8 can: rebuilt through JSON, so that every array
 * has its exact length (a pushed-to array keeps up to 16 spare slots), every span's text is one
 * flat string (`+=` builds a rope of cons-strings) and objects of a kind share one shape; then
 * every empty array is the one shared {@link EMPTY}. A body lives from conversion to the end of
 * the run: this takes its heap from ~92 to ~63 MB on psf/ + python/, for ~250 ms. The blocks are
 * plain data and JSON is exactly what the importer writes of them: nothing is lost but
 * `undefined` properties, which no output ever had.
 */
export function compactBlocks(blocks: BodyBlock[]): BodyBlock[] {
  const compact = JSON.parse(JSON.stringify(blocks)) as BodyBlock[]
  shareEmptyArrays(compact)
  return compact
}

function shareEmptyArrays(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null) shareEmptyArrays(item)
    return
  }
  const record = value as Record<string, unknown>
  for (const key in record) {
    const child = record[key]
    if (typeof child !== 'object' || child === null) continue
    if (Array.isArray(child) && child.length === 0) record[key] = EMPTY
    else shareEmptyArrays(child)
  }
}
