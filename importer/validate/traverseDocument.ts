import type {SchemaType} from 'sanity'
import {loadedSanityRuntime} from './sanity/loadSanityRuntime.ts'
import {skippedWhenEmpty, splitByFlag, withCustomResult, withUnknownFieldsCheck, type createRuleCompiler, type FlaggedCheck} from './compileRules.ts'
import {normalizeValidationRules, type SlugRuleSource} from './normalizeValidationRules.ts'
import {isRecord} from './isRecord.ts'
import {resolveTypeForArrayItem} from './resolveTypeForArrayItem.ts'
import type {QuietTest} from './compileQuietTests.ts'
import type {PathSegment, ValidationEnvironment} from './types.ts'

/** A marker exactly as `Rule.validate` returns it, with the flag of the spec that produced it. */
export interface FlaggedMarker {
  raw: {level: 'error' | 'warning' | 'info'; path: PathSegment[]; message: string}
  flag: string
}

/** What every rule's context shares within one document (`restOfContext` in sanity). */
export interface TraversalScope {
  /** getClient, schema, document, i18n, getDocumentExists, currentUser. */
  shared: {document: unknown; currentUser?: unknown; [key: string]: unknown}
  /** The validator's environment; rules see `cli` for `import`. */
  environment: ValidationEnvironment
  rules: ReturnType<typeof createRuleCompiler>
  /** Whether a value of a type can be left unwalked: see compileQuietTests.ts. */
  quiet: (type: SchemaType | undefined) => QuietTest
  slugRule: SlugRuleSource
}

interface Node {
  value: unknown
  type: SchemaType | undefined
  path: PathSegment[]
  parent: unknown
  ancestorHidden: boolean
}

/**
 * A node's path as a link to its parent's, made into an array only when a rule or a marker needs
 * it: most nodes need none, and copying the parent's array at every node was most of the walk.
 */
class LazyPath {
  readonly up: LazyPath | undefined
  readonly segment: PathSegment | undefined
  #array: PathSegment[] | undefined

  constructor(up: LazyPath | undefined, segment: PathSegment | undefined, array?: PathSegment[]) {
    this.up = up
    this.segment = segment
    this.#array = array
  }

  get array(): PathSegment[] {
    return (this.#array ??= [...this.up!.array, this.segment!])
  }

  child(segment: PathSegment): LazyPath {
    return new LazyPath(this, segment)
  }
}

interface WalkNode extends Omit<Node, 'path'> {
  path: LazyPath
}

/** `isKeyedObject` of @sanity/types. */
const isKeyed = (value: unknown): value is {_key: string} => isRecord(value) && typeof value._key === 'string'

function resolveHidden(scope: TraversalScope, node: Omit<WalkNode, 'ancestorHidden'>, ancestorHidden: boolean): boolean {
  if (!node.type) return ancestorHidden
  if (ancestorHidden) return true
  if (typeof node.type.hidden !== 'function') return Boolean(node.type.hidden)
  return (
    loadedSanityRuntime().resolveConditionalProperty(node.type.hidden as never, {
      document: scope.shared.document,
      parent: node.parent,
      value: node.value,
      path: node.path.array,
      currentUser: scope.shared.currentUser ?? null,
    } as never)
  )
}

/**
 * Starts one check, unless `Rule.validate` would certainly answer it with nothing: an empty value
 * for a rule that is not required (only custom specs run then), a value of the expected type, or
 * a custom function that returns `true` at once (most do; `Rule.validate` would also start and
 * clear a slow-validator timer for each). Any other custom answer goes through `Rule.validate`.
 */
function run(check: FlaggedCheck, value: unknown, context: () => object, out: Promise<FlaggedMarker[]>[]) {
  if (value == null && skippedWhenEmpty(check)) return
  if (check.passes?.(value)) return
  let rule = check.rule
  if (check.custom) {
    let outcome: {result: unknown} | {error: unknown}
    try {
      outcome = {result: check.custom(value, context())}
    } catch (error) {
      outcome = {error}
    }
    if ('result' in outcome && outcome.result === true) return
    rule = withCustomResult(check, outcome)
  }
  out.push(rule.validate(value, context() as never).then((markers) => markers.map((raw) => ({raw: raw as FlaggedMarker['raw'], flag: check.flag}))))
}

/**
 * Walks a value the way Sanity's `validateItemObservable` does and starts every rule on the way,
 * without its per-node timer: a node's own rules, then `fields()` rules, then each field of an
 * object (when it has a value, or is required), then each item of an array (typed by
 * `resolveTypeForArrayItem`, addressed by `_key` or index). Pushes one promise per check onto `out`.
 */
export function traverseDocument(scope: TraversalScope, node: Node, out: Promise<FlaggedMarker[]>[]): void {
  walk(scope, {...node, path: new LazyPath(undefined, undefined, node.path)}, out)
}

function walk(scope: TraversalScope, node: WalkNode, out: Promise<FlaggedMarker[]>[]): void {
  const {value, type, path, parent} = node
  const hidden = resolveHidden(scope, node, node.ancestorHidden)
  const environment = scope.environment === 'studio' ? 'studio' : 'cli'
  // Most nodes run no check at all (their type checks pass), so the context is built on demand.
  let context: object | undefined
  const contextFor = () => (context ??= {...scope.shared, environment, hidden, parent, path: path.array, type})
  const {checks, fieldRules, required} = scope.rules.rulesFor(type, contextFor)
  const target: Promise<FlaggedMarker[]>[] = fieldRules.length ? [] : out

  for (const check of checks) run(check, value, contextFor, target)

  if (type?.jsonType === 'object' && (value || (value == null && required))) {
    const fields = 'fields' in type ? type.fields : []
    for (const [name, validation] of fieldRules.flatMap((ruleSet) => Object.entries(ruleSet))) {
      const fieldType = fields.find((field) => field.name === name)?.type
      const fieldValue = isRecord(value) ? value[name] : undefined
      const fieldPath = path.child(name)
      const fieldHidden = resolveHidden(scope, {value: fieldValue, type: fieldType, path: fieldPath, parent: value}, hidden)
      const fieldContext = () => ({...scope.shared, parent: value, path: fieldPath.array, type: fieldType, environment, hidden: fieldHidden})
      const subRules = normalizeValidationRules({...fieldType, validation} as SchemaType, undefined, scope.slugRule)
      for (const subRule of subRules) {
        for (const check of splitByFlag(withUnknownFieldsCheck(subRule, type, scope.environment))) run(check, fieldValue, fieldContext, target)
      }
    }
    for (const field of fields) {
      const fieldValue = isRecord(value) ? value[field.name] : undefined
      // Sanity visits every field, but most (absent optional ones, strings, spans) can yield nothing.
      if (scope.quiet(field.type)(fieldValue)) continue
      walk(scope, {value: fieldValue, type: field.type, path: path.child(field.name), parent: value, ancestorHidden: hidden}, target)
    }
  }

  if (type?.jsonType === 'array' && Array.isArray(value)) {
    const candidates = 'of' in type ? (type.of as SchemaType[]) : []
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index]
      const itemType = resolveTypeForArrayItem(item, candidates)
      if (scope.quiet(itemType)(item)) continue
      const segment = isKeyed(item) ? {_key: item._key} : index
      walk(scope, {value: item, type: itemType, path: path.child(segment), parent: value, ancestorHidden: hidden}, target)
    }
  }

  if (fieldRules.length) {
    // Sanity removes duplicate markers below a node that has `fields()` rules.
    out.push(
      Promise.all(target).then((results) => {
        const seen = new Set<string>()
        return results.flat().filter(({raw}) => !seen.has(JSON.stringify(raw)) && Boolean(seen.add(JSON.stringify(raw))))
      }),
    )
  }
}
