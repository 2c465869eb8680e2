import type {BodyBlock} from '../types.ts'

/**
 * The converted blocks, stored as compactly as V8 can: rebuilt through JSON, so that every array
 * has its exact length (a pushed-to array keeps up to 16 spare slots), every span's text is one
 * flat string (`+=` builds a rope of cons-strings) and objects of a kind share one shape. A body
 * lives from conversion to the end of the run, so this saves about a quarter of its heap for
 * little time. The blocks are plain data, JSON is exactly what the importer writes of them:
 * nothing is lost but `undefined` properties, which no output ever had.
 */
export function compactBlocks(blocks: BodyBlock[]): BodyBlock[] {
  return JSON.parse(JSON.stringify(blocks)) as BodyBlock[]
}
