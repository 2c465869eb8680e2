import type {BodyBlock} from '../types.ts'

/**
 * The converted blocks, stored as compactly as V8 can: rebuilt through JSON, so that every array
 * has its exact length (a pushed-to array keeps up to 16 spare slots), every span's text is one
 * flat string (`+=` builds a rope of cons-strings) and objects of a kind share one shape. A body
 * lives from conversion to the end of the run. The blocks are plain data and JSON is exactly what
 * the importer writes of them: nothing is lost but `undefined` properties, which no output ever
 * had. Every array stays its own: one shared, frozen empty array for all the empty ones saved
 * ~5 MB of ~69 (heap after converting psf/ + python/) but made any later `push` into a block's
 * `markDefs` or `marks` throw.
 */
export function compactBlocks(blocks: BodyBlock[]): BodyBlock[] {
  return JSON.parse(JSON.stringify(blocks)) as BodyBlock[]
}
