import {createHash} from 'node:crypto'

/** A deterministic `_key` for an extracted object: a prefix and a short hash of what identifies it. */
export function factKey(prefix: string, identity: string): string {
  return `${prefix}-${createHash('sha1').update(identity).digest('hex').slice(0, 10)}`
}
