import {canonicalJson} from '../dataset/canonicalJson.ts'
import {documentContent} from '../dataset/documentContent.ts'

/** Whether two documents hold the same content, system fields and key order aside (`_weak` counts). */
export function sameDocument(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return canonicalJson(documentContent(a)) === canonicalJson(documentContent(b))
}
