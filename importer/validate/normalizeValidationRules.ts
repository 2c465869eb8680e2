import type {Rule, SchemaType} from 'sanity'
import {loadedSanityRuntime} from './sanity/loadSanityRuntime.ts'
import {ruleSpecs, withSpecs} from './sanity/ruleInternals.ts'

/**
 * Sanity's `normalizeValidationRules`, which `sanity` does not export: turns a type's `validation`
 * (a rule, a `(rule, context) => rule` function, or an array of either) into a list of rules, each
 * started from the type's base rule (its JSON type, its `options.list`, and the built-in checks
 * of url, email, slug, reference and date types). `createSchema` has already done this for every
 * rule that does not read its context; this file handles the rest, exactly as Sanity does.
 */
export function normalizeValidationRules(typeDef: SchemaType | undefined, context: object | undefined, slugRule: SlugRuleSource): Rule[] {
  if (!typeDef) return []
  const validation = (typeDef as {validation?: unknown}).validation
  if (Array.isArray(validation)) {
    return omitLeakedDefaultUri(
      validation.flatMap((item) => normalizeValidationRules({...typeDef, validation: item} as SchemaType, context, slugRule)),
      typeDef,
    )
  }
  if (validation && typeof validation === 'object') return [validation as Rule]
  const base = baseRule(typeDef, slugRule)
  if (typeof validation === 'function') {
    return normalizeValidationRules({...typeDef, validation: validation(base, context)} as SchemaType, context, slugRule)
  }
  return [base]
}

/** Gives the built-in slug validator (`slugValidator` in sanity), taken from the compiled `slug` type. */
export type SlugRuleSource = () => (value: unknown, context: never) => unknown

/** A type and its ancestors, root first: `[string, url, myUrlField]`. */
export function getTypeChain(type: SchemaType | undefined, visited = new Set<SchemaType>()): SchemaType[] {
  if (!type || visited.has(type)) return []
  visited.add(type)
  return [...(type.type ? getTypeChain(type.type, visited) : []), type]
}

const RULE_CONSTRAINT_TYPES = new Set(['array', 'boolean', 'date', 'number', 'object', 'string'])

function baseRule(typeDef: SchemaType, slugRule: SlugRuleSource): Rule {
  const byName = new Map<string, SchemaType>()
  for (const type of getTypeChain(typeDef)) byName.set(type.name, type)
  let rule: Rule = new (loadedSanityRuntime().ConcreteRuleClass)(typeDef)
  for (const type of byName.values()) {
    if (RULE_CONSTRAINT_TYPES.has(type.jsonType)) rule = rule.type(type.jsonType as 'string')
    const list = (type.options as {list?: unknown} | undefined)?.list
    if (Array.isArray(list)) rule = rule.valid(list.map((option) => valueOfListOption(option, type)))
    if (type.name === 'datetime' || type.name === 'date') rule = rule.type('Date')
    else if (type.name === 'url') rule = rule.uri()
    else if (type.name === 'slug') rule = rule.custom(slugRule() as never, {bypassConcurrencyLimit: true})
    else if (type.name === 'reference') rule = rule.reference()
    else if (type.name === 'email') rule = rule.email()
  }
  return rule
}

function hasValueField(typeDef: SchemaType | undefined): boolean {
  if (!typeDef) return false
  if (!('fields' in typeDef) && typeDef.type) return hasValueField(typeDef.type)
  if (!('fields' in typeDef) || !Array.isArray(typeDef.fields)) return false
  return typeDef.fields.some((field) => field.name === 'value')
}

function valueOfListOption(option: {value?: unknown}, typeDef: SchemaType): unknown {
  return (typeDef.jsonType === 'object' && hasValueField(typeDef)) || option.value === undefined ? option : option.value
}

type UriSpec = {flag: 'uri'; constraint: unknown}
const isUriSpec = (spec: {flag: string}): spec is UriSpec => spec.flag === 'uri'

/** A url type's built-in `uri()` is dropped when another rule of the list sets its own schemes. */
function omitLeakedDefaultUri(rules: Rule[], typeDef: SchemaType): Rule[] {
  if (!getTypeChain(typeDef).some((type) => type.name === 'url')) return rules
  const defaultUri = (ruleSpecs(new (loadedSanityRuntime().ConcreteRuleClass)(typeDef).uri()).find(isUriSpec) as UriSpec | undefined)?.constraint
  const isDefault = (spec: {flag: string}) => isUriSpec(spec) && deepEqual(spec.constraint, defaultUri)
  const isCustom = (spec: {flag: string}) => isUriSpec(spec) && !deepEqual(spec.constraint, defaultUri)
  if (!rules.some((rule) => ruleSpecs(rule).some(isCustom))) return rules
  return rules.map((rule) => (ruleSpecs(rule).some(isDefault) ? withSpecs(rule, ruleSpecs(rule).filter((spec) => !isDefault(spec))) : rule))
}

/** Structural equality for rule constraints (plain objects, arrays, regular expressions), as lodash's `isEqual`. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (a instanceof RegExp && b instanceof RegExp) return a.source === b.source && a.flags === b.flags
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  return keysA.every((key) => Object.hasOwn(b, key) && deepEqual((a as never)[key], (b as never)[key]))
}
