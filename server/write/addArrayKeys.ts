import {randomBytes} from 'node:crypto'

/**
 * `autoGenerateArrayKeys=true`: gives every object in an array that has no `_key` one, at any
 * depth, as the hosted API does, so that the Studio can address each item. Returns a copy.
 */
export function addArrayKeys<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map((item) => {
      const copy = addArrayKeys(item)
      return copy && typeof copy === 'object' && !Array.isArray(copy) && !('_key' in copy) ? {_key: randomBytes(6).toString('hex'), ...copy} : copy
    }) as T
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, addArrayKeys(child)])) as T
  return value
}
