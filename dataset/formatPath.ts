import type {PathSegment} from './types.ts'

/** A path in Sanity's syntax, as patches and messages write it: `body[_key=="b1"].markDefs[0].reference`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((text, segment, index) => {
    if (typeof segment === 'number') return `${text}[${segment}]`
    if (typeof segment === 'string') return `${text}${index === 0 ? '' : '.'}${segment}`
    return `${text}[_key==${JSON.stringify(segment._key)}]`
  }, '')
}
