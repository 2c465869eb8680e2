import type {ExprNode} from 'groq-js'
import type {StoredDocument} from '../../dataset/types.ts'

/** Fields with a lookup from string value to documents: what the library's filters test first. */
const INDEXED_FIELDS = ['_type', 'slug.current', 'kind'] as const

/** Documents of one perspective, with the lookups a plan may use. All lists keep dataset order. */
export interface IndexedView {
  documents: StoredDocument[]
  byId: Map<string, StoredDocument>
  /** Field path → string value → documents. */
  byField: Map<string, Map<string, StoredDocument[]>>
}

/** Builds a view's lookups once. */
export function indexView(documents: StoredDocument[]): IndexedView {
  const byField = new Map(INDEXED_FIELDS.map((field) => [field as string, new Map<string, StoredDocument[]>()]))
  for (const doc of documents) {
    for (const field of INDEXED_FIELDS) {
      const value = field.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], doc)
      if (typeof value === 'string') push(byField.get(field)!, value, doc)
    }
  }
  return {documents, byId: new Map(documents.map((doc) => [doc._id, doc])), byField}
}

/**
 * groq-js scans the whole dataset for every `*[...]`, subqueries included. This rewrites each
 * `*[filter]` whose filter requires `_id == "x"`, `field == "x"` for an indexed field, or
 * `_type in [...]` (a conjunct at the top of its `&&` chain, params already substituted) to scan
 * only the matching documents. The filter still runs on them, so answers do not change.
 */
export function planQuery(tree: ExprNode, view: IndexedView): ExprNode {
  return rewrite(tree, view) as ExprNode
}

type Node = {type?: string; [field: string]: unknown}

function rewrite(node: unknown, view: IndexedView): unknown {
  if (Array.isArray(node)) return node.map((child) => rewrite(child, view))
  if (!node || typeof node !== 'object') return node
  const copy: Node = {}
  for (const [key, value] of Object.entries(node)) copy[key] = value && typeof value === 'object' ? rewrite(value, view) : value
  if (copy.type === 'Filter' && (copy.base as Node)?.type === 'Everything') {
    const candidates = narrowest(conjuncts(copy.expr as Node), view)
    if (candidates) copy.base = {type: 'Value', value: candidates}
  }
  return copy
}

function conjuncts(expr: Node): Node[] {
  return expr?.type === 'And' ? [...conjuncts(expr.left as Node), ...conjuncts(expr.right as Node)] : [expr]
}

/** The smallest candidate list any indexable conjunct gives, or undefined when none does. */
function narrowest(terms: Node[], view: IndexedView): StoredDocument[] | undefined {
  let best: StoredDocument[] | undefined
  for (const term of terms) {
    const found = candidatesFor(term, view)
    if (found && (!best || found.length < best.length)) best = found
  }
  return best
}

function candidatesFor(term: Node, view: IndexedView): StoredDocument[] | undefined {
  if (term.type !== 'OpCall') return undefined
  const [field, value] = isField(term.left as Node) ? [fieldName(term.left as Node), term.right as Node] : [fieldName(term.right as Node), term.left as Node]
  if (term.op === '==' && value?.type === 'Value' && typeof value.value === 'string') {
    if (field === '_id') return view.byId.has(value.value) ? [view.byId.get(value.value)!] : []
    const index = field === undefined ? undefined : view.byField.get(field)
    if (index) return index.get(value.value) ?? []
  }
  if (term.op === 'in' && fieldName(term.left as Node) === '_type' && (term.right as Node)?.type === 'Array') {
    const elements = (term.right as Node).elements as Node[]
    const names = elements.map((element) => (element.value as Node)?.type === 'Value' && !element.isSplat ? (element.value as Node).value : undefined)
    if (names.some((name) => typeof name !== 'string')) return undefined
    const wanted = new Set(names as string[])
    return view.documents.filter((doc) => wanted.has(doc._type))
  }
  return undefined
}

const isField = (node: Node) => fieldName(node) !== undefined

/** `_type` → "_type", `slug.current` → "slug.current"; anything else (including `^.x`) → undefined. */
function fieldName(node: Node | undefined): string | undefined {
  if (node?.type !== 'AccessAttribute') return undefined
  if (!node.base) return node.name as string
  const base = fieldName(node.base as Node)
  return base === undefined ? undefined : `${base}.${node.name as string}`
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
