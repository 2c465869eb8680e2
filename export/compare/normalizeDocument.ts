import {hoistEdgeSpaces} from '../markdown/hoistEdgeSpaces.ts'
/** Top-level fields the Content Lake or the import sets that are no content. */
const SYSTEM_FIELDS = new Set(['_rev', '_createdAt', '_updatedAt', '__line'])

/**
 * A document reduced to what the round trip must keep: no `_key`s (annotation keys in `marks`
 * become the annotation's place in order of first use, so they still say which span has which
 * link; neighbouring spans with the same marks are one span, as the Studio's editor also
 * joins them: markdown cannot write two such spans apart; spaces at the edge of emphasis count
 * as outside it, see hoistEdgeSpaces), no import hash or time, no `_weak` flags, and no file location (`_sanityAsset`, `asset`)
 * inside a `file` — an attachment is known by its `sourcePath`, and the absolute path of the
 * copy the importer read necessarily differs.
 */
export function normalizeDocument(document: Record<string, unknown>): Record<string, unknown> {
  const copy = normalize(document, 0) as Record<string, unknown>
  const provenance = copy.provenance as Record<string, unknown> | undefined
  if (provenance) {
    delete provenance.importHash
    delete provenance.importedAt
  }
  return copy
}

function normalize(value: unknown, depth: number): unknown {
  if (Array.isArray(value)) return value.map((item) => normalize(item, depth + 1))
  if (!value || typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  const keys = Array.isArray(record.markDefs) && Array.isArray(record.children) ? markKeys(record) : undefined
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(record)) {
    if (key === '_key' || key === '_weak' || (depth === 0 && SYSTEM_FIELDS.has(key))) continue
    if (record._type === 'file' && (key === '_sanityAsset' || key === 'asset')) continue
    if (keys && key === 'children') {
      out.children = mergeSpans(
        hoistEdgeSpaces(item as Record<string, unknown>[]).map((span) => ({
          ...(normalize(span, depth + 2) as Record<string, unknown>),
          marks: ((span.marks as string[] | undefined) ?? []).map((mark) => keys.get(mark) ?? mark),
        })),
      )
    } else if (keys && key === 'markDefs') {
      const defs = item as Record<string, unknown>[]
      out.markDefs = [...defs].sort((a, b) => rank(keys, a) - rank(keys, b)).map((def) => ({...(normalize(def, depth + 2) as object), _key: keys.get(def._key as string)}))
    } else {
      out[key] = normalize(item, depth + 1)
    }
  }
  return out
}

/** Annotation key → `@<n>`, numbered in order of first use in the spans, then unused ones in order. */
function markKeys(block: Record<string, unknown>): Map<string, string> {
  const defs = new Set((block.markDefs as {_key?: string}[]).map((def) => def._key!))
  const keys = new Map<string, string>()
  for (const span of block.children as {marks?: string[]}[]) {
    for (const mark of span.marks ?? []) if (defs.has(mark) && !keys.has(mark)) keys.set(mark, `@${keys.size}`)
  }
  for (const key of defs) if (!keys.has(key)) keys.set(key, `@${keys.size}`)
  return keys
}

function rank(keys: Map<string, string>, def: Record<string, unknown>): number {
  return Number(keys.get(def._key as string)?.slice(1) ?? Infinity)
}

/** Neighbouring text spans with the same marks joined into one. */
function mergeSpans(spans: Record<string, unknown>[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  for (const span of spans) {
    const last = out[out.length - 1]
    if (last && last._type === 'span' && span._type === 'span' && JSON.stringify(last.marks) === JSON.stringify(span.marks)) {
      out[out.length - 1] = {...last, text: String(last.text) + String(span.text)}
    } else out.push(span)
  }
  return out
}
