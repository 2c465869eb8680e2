import type {Rule, SchemaType} from 'sanity'
import {loadedSanityRuntime} from './sanity/loadSanityRuntime.ts'
import {ruleFieldRules, ruleRequired, ruleSpecs, ruleValueType, withSpecs, type RuleSpec} from './sanity/ruleInternals.ts'
import {getTypeChain, normalizeValidationRules, type SlugRuleSource} from './normalizeValidationRules.ts'
import {typeString} from './typeString.ts'
import type {ValidationEnvironment} from './types.ts'

/** One rule spec run on its own, so that a marker can name the flag that produced it. */
export interface FlaggedCheck {
  flag: string
  rule: Rule
  /**
   * A cheap test that the check would find nothing, so that it need not run: a `type` spec (outside
   * dates, whose validator differs) passes a value of exactly its `typeString`, as Sanity's generic
   * validator does; string `presence` and `valid` specs as Sanity's string validators do; the
   * unknown-fields check passes when its own function says so.
   */
  passes?: (value: unknown) => boolean
  /** A custom spec's function (other than the unknown-fields check, which `passes` answers). */
  custom?: (value: unknown, context: object) => unknown
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

/** `Rule.validate` skips every spec of an optional rule, and all but `custom` of a rule that is neither required nor optional. */
export function skippedWhenEmpty(check: FlaggedCheck): boolean {
  const required = ruleRequired(check.rule)
  return required === 'optional' || (required === undefined && check.flag !== 'custom')
}

/** `_fieldRules` of a rule and of the rules nested in its `all()` / `either()`. */
function extractFieldRules(rule: Rule): Record<string, unknown>[] {
  const own = ruleFieldRules(rule)
  const results: Record<string, unknown>[] = own ? [own] : []
  for (const spec of ruleSpecs(rule)) {
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
const unknownFieldsValidators = new WeakSet<object>()

function unknownFieldsValidator(type: SchemaType) {
  const fieldNames = new Set(('fields' in type ? type.fields : [])?.map((field) => field.name))
  const validator = (value: unknown) => {
    if (typeof value !== 'object' || !value) return true
    return Object.keys(value)
      .filter((key) => !key.startsWith('_') && !fieldNames.has(key))
      .map((unknownField) => ({message: `Field '${unknownField}' does not exist on type '${type.name}'`, path: [unknownField]}))
  }
  unknownFieldsValidators.add(validator)
  return validator
}

/**
 * Adds the unknown-fields check to a rule of an object-like type, as `validateItemObservable` does.
 * Note that Sanity chains `.warning()`, which also turns the rule's other specs (e.g. `required`)
 * into warnings and clears their custom message, outside the Studio; it is reproduced, not fixed.
 */
export function withUnknownFieldsCheck(rule: Rule, nodeType: SchemaType | undefined, environment: ValidationEnvironment): Rule {
  if (environment !== 'cli' || !isObjectLike(nodeType)) return rule
  return rule.custom(unknownFieldsValidator(nodeType) as never, {bypassConcurrencyLimit: true}).warning()
}

const isObjectLike = (type: SchemaType | undefined): type is SchemaType =>
  type?.jsonType === 'object' && getTypeChain(type).some((link) => OBJECT_LIKE.has(link.name))

/** The `import` environment's unknown-fields check: a warning rule of its own, once per object. */
function separateUnknownFieldsCheck(type: SchemaType | undefined): FlaggedCheck[] {
  if (!isObjectLike(type)) return []
  return splitByFlag(new (loadedSanityRuntime().ConcreteRuleClass)().custom(unknownFieldsValidator(type) as never, {bypassConcurrencyLimit: true}).warning())
}

function passTest(spec: RuleSpec, rule: Rule): FlaggedCheck['passes'] {
  if (spec.flag === 'type' && ruleValueType(rule) !== 'Date') {
    const expected = spec.constraint
    return (value) => typeString(value) === expected
  }
  // Sanity's string validators: `presence` fails only a required, empty (falsy) string; `valid`
  // (options.list) passes a string equal to one of the allowed values. Together they are half the
  // checks of a page (a span's marks, a block's style, a link's href), so they are answered here.
  if (spec.flag === 'presence' && ruleValueType(rule) === 'String') {
    const flag = spec.constraint
    return (value) => flag !== 'required' || Boolean(value)
  }
  if (spec.flag === 'valid' && ruleValueType(rule) === 'String' && Array.isArray(spec.constraint)) {
    const allowed = spec.constraint as unknown[]
    return (value) => typeof value === 'string' && allowed.some((expected) => expected === value)
  }
  if (spec.flag === 'custom' && unknownFieldsValidators.has(spec.constraint)) {
    const validator = spec.constraint as (value: unknown) => true | unknown[]
    return (value) => {
      const result = validator(value)
      return result === true || result.length === 0
    }
  }
  return undefined
}

/** One single-spec rule per spec: `clone()` keeps `_required`, `_level`, `_message` and `_type`. */
export function splitByFlag(rule: Rule): FlaggedCheck[] {
  return ruleSpecs(rule).map((spec) => {
    const passes = passTest(spec, rule)
    const custom = spec.flag === 'custom' && !passes && typeof spec.constraint === 'function' ? (spec.constraint as FlaggedCheck['custom']) : undefined
    return {flag: spec.flag, rule: withSpecs(rule, [spec]), passes, custom}
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
    if (environment === 'import') checks.push(...separateUnknownFieldsCheck(type))
    const fieldRules = rules.flatMap(extractFieldRules)
    const required = rules.some((rule) => rule.isRequired())
    return {rules, checks, fieldRules, required}
  }
  const cached = (type: SchemaType): CompiledRules | undefined => {
    let compiled = cache.get(type)
    if (!compiled && !needsContext((type as {validation?: unknown}).validation)) cache.set(type, (compiled = compile(type, {})))
    return compiled
  }
  return {
    /** The rules at a node of `type`; `context` is asked for only when a rule needs it. */
    rulesFor: (type: SchemaType | undefined, context: () => object): CompiledRules =>
      type ? (cached(type) ?? compile(type, context())) : NO_RULES,
    /** The rules of `type` when they need no context (compiled once), else undefined. */
    contextFree: cached,
  }
}

/**
 * The check's rule with its custom function replaced by one that gives `result`: what a custom
 * function already called returned (or threw, as a function that throws it), run through
 * `Rule.validate` for the same markers, level and message it would have made.
 */
export function withCustomResult(check: FlaggedCheck, outcome: {result: unknown} | {error: unknown}): Rule {
  const [spec] = ruleSpecs(check.rule)
  const replay = () => {
    if ('error' in outcome) throw outcome.error
    return outcome.result
  }
  return withSpecs(check.rule, [{...spec!, constraint: replay} as RuleSpec])
}
