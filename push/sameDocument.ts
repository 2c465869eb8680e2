import {canonicalJson} from '../dataset/canonicalJson.ts'

const SYSTEM_FIELDS = new Set(['_rev', '_updatedAt', '_createdAt'])

/** Whether two documents hold the same content, system fields and key order aside (`_weak` counts). */
export function sameDocument(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const skip = (key: string, depth: number) => depth === 0 && SYSTEM_FIELDS.has(key)
  return canonicalJson(a, skip) === canonicalJson(b, skip)
}
