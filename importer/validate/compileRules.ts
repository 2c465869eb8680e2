import type {Rule, SchemaType} from 'sanity'
import {getTypeChain, normalizeValidationRules, type SlugRuleSource} from './normalizeValidationRules.ts'
import type {ValidationEnvironment} from './types.ts'

/** One rule spec run on its own, so that a marker can name the flag that produced it. */
export interface FlaggedCheck {
  flag: string
  rule: Rule
  /**
   * For a `type` spec outside dates: the type name the value must have. Sanity's generic `type`
   * validator passes a value of exactly that `typeString`, so the check need not run for it.
   */
  passesAsType?: string
}

/** The rules of one schema type at one node, ready to run. */
export interface CompiledRules {
  /** The normalized rules, as Sanity sees them: `required`-ness and `fields()` rules come from these. */
  rules: Rule[]
  /** The same rules split per spec, with the unknown-fields warning added where Sanity adds it. */
  checks: FlaggedCheck[]
  /** `fields()` rules of `rules`, including those inside `all()` / `either()`. */
  fieldRules: Record<string, unknown>[]
  /** Whether any rule is `required()`: an empty object is then still walked into. */
  required: boolean
}

const NO_RULES: CompiledRules = {rules: [], checks: [], fieldRules: [], required: false}

/** `_fieldRules` of a rule and of the rules nested in its `all()` / `either()`. */
function extractFieldRules(rule: Rule): Record<string, unknown>[] {
  const results: Record<string, unknown>[] = rule._fieldRules ? [rule._fieldRules as Record<string, unknown>] : []
  for (const spec of rule._rules) {
    if ((spec.flag === 'all' || spec.flag === 'either') && Array.isArray(spec.constraint)) {
      for (const child of spec.constraint) results.push(...extractFieldRules(child))
    }
  }
  return results
}

const OBJECT_LIKE = new Set(['object', 'document', 'file', 'image'])

/** Does `validation` hold a function Sanity left for run time because it reads its context? */
export function needsContext(validation: unknown): boolean {
  return typeof validation === 'function' || (Array.isArray(validation) && validation.some(needsContext))
}

/**
 * Sanity's `unknownFieldsValidator`: outside the Studio, an object's keys that are not fields
 * (and do not start with `_`) are reported, each at its own path.
 */
function unknownFieldsValidator(type: SchemaType) {
  const fieldNames = new Set(('fields' in type ? type.fields : [])?.map((field) => field.name))
  return (value: unknown) => {
    if (typeof value !== 'object' || !value) return true
    return Object.keys(value)
      .filter((key) => !key.startsWith('_') && !fieldNames.has(key))
      .map((unknownField) => ({message: `Field '${unknownField}' does not exist on type '${type.name}'`, path: [unknownField]}))
  }
}

/**
 * Adds the unknown-fields check to a rule of an object-like type, as `validateItemObservable` does.
 * Note that Sanity chains `.warning()`, which also turns the rule's other specs (e.g. `required`)
 * into warnings and clears their custom message, outside the Studio; it is reproduced, not fixed.
 */
export function withUnknownFieldsCheck(rule: Rule, nodeType: SchemaType | undefined, environment: ValidationEnvironment): Rule {
  const objectLike = nodeType?.jsonType === 'object' && getTypeChain(nodeType).some((type) => OBJECT_LIKE.has(type.name))
  if (!objectLike || environment === 'studio') return rule
  return rule.custom(unknownFieldsValidator(nodeType) as never, {bypassConcurrencyLimit: true}).warning()
}

/** One single-spec rule per spec: `clone()` keeps `_required`, `_level`, `_message` and `_type`. */
export function splitByFlag(rule: Rule): FlaggedCheck[] {
  return rule._rules.map((spec) => {
    const single = rule.clone()
    single._rules = [spec]
    const passesAsType = spec.flag === 'type' && rule._type !== 'Date' ? (spec.constraint as string) : undefined
    return {flag: spec.flag, rule: single, passesAsType}
  })
}

/**
 * The rules for `type` at a node. Types whose validation needs no context are compiled once and
 * cached per type; the rest are normalized with the node's context each time, as Sanity does.
 */
export function createRuleCompiler(environment: ValidationEnvironment, slugRule: SlugRuleSource) {
  const cache = new WeakMap<SchemaType, CompiledRules>()
  const compile = (type: SchemaType | undefined, context: object): CompiledRules => {
    const rules = normalizeValidationRules(type, context, slugRule)
    const checks = rules.flatMap((rule) => splitByFlag(withUnknownFieldsCheck(rule, type, environment)))
    return {rules, checks, fieldRules: rules.flatMap(extractFieldRules), required: rules.some((rule) => rule.isRequired())}
  }
  return (type: SchemaType | undefined, context: object): CompiledRules => {
    if (!type) return NO_RULES
    if (needsContext((type as {validation?: unknown}).validation)) return compile(type, context)
    let compiled = cache.get(type)
    if (!compiled) cache.set(type, (compiled = compile(type, context)))
    return compiled
  }
}
