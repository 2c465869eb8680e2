import type {SchemaType} from 'sanity'
import {skippedWhenEmpty, type CompiledRules} from './compileRules.ts'
import {isRecord} from './isRecord.ts'
import {resolveTypeForArrayItem} from './resolveTypeForArrayItem.ts'

/** Whether walking a value would start no check at all (see `quietTests`). */
export type QuietTest = (value: unknown) => boolean

const ALWAYS: QuietTest = () => true
const NEVER: QuietTest = () => false

/**
 * Per schema type, a test that walking a value of it would start no check at all: every check
 * skipped for an empty value or passed by its cheap test (`passes`), down to every field and item,
 * exactly as traverseDocument's `walk` and `run` decide. Made once per type, it builds no path,
 * context or node, which is what most of a page costs the walk: the spans, marks and strings of
 * every block, all checked by type alone. A type whose rules read their context, `fields()`
 * rules, or a check no cheap test settles (custom functions) make it answer false, leaving the
 * work to the walk.
 */
export function quietTests(rulesOf: (type: SchemaType) => CompiledRules | undefined) {
  const tests = new WeakMap<SchemaType, QuietTest>()

  const testFor = (type: SchemaType | undefined): QuietTest => {
    if (!type) return ALWAYS
    let test = tests.get(type)
    // Children's tests are looked up when first run, not here: a type nested in itself is no loop.
    if (!test) tests.set(type, (test = compile(type)))
    return test
  }

  const compile = (type: SchemaType): QuietTest => {
    const rules = rulesOf(type)
    if (!rules || rules.fieldRules.length) return NEVER
    const checks = rules.checks.map((check) => ({skipEmpty: skippedWhenEmpty(check), passes: check.passes}))
    const emptyQuiet = checks.every((check) => check.skipEmpty || check.passes?.(undefined))
    const nullQuiet = checks.every((check) => check.skipEmpty || check.passes?.(null))
    const own = checks.filter((check) => check.passes).map((check) => check.passes!)
    const unsettled = checks.some((check) => !check.passes)
    const children = childrenTest(type, rules.required)
    return (value) => {
      if (value === undefined ? !emptyQuiet : value === null ? !nullQuiet : unsettled) return false
      if (value != null) for (const passes of own) if (!passes(value)) return false
      return children(value)
    }
  }

  /** The part of the test below the node: its fields, or its items. */
  const childrenTest = (type: SchemaType, required: boolean): QuietTest => {
    if (type.jsonType === 'object') {
      const fields = ('fields' in type ? type.fields : []).map((field) => ({name: field.name, type: field.type, test: undefined as QuietTest | undefined}))
      return (value) => {
        if (!(value || (value == null && required))) return true
        const record = isRecord(value) ? value : undefined
        for (const field of fields) if (!(field.test ??= testFor(field.type))(record?.[field.name])) return false
        return true
      }
    }
    if (type.jsonType === 'array') {
      const candidates = 'of' in type ? (type.of as SchemaType[]) : []
      return (value) => {
        if (!Array.isArray(value)) return true
        for (const item of value) if (!testFor(resolveTypeForArrayItem(item, candidates))(item)) return false
        return true
      }
    }
    return ALWAYS
  }

  return testFor
}
