import type {Rule} from 'sanity'

/** One spec of a rule: its flag (`presence`, `type`, `custom`, …) and constraint. */
export type RuleSpec = Rule['_rules'][number]

/*
 * Every read and write of `Rule`'s private fields (`_rules`, `_required`, `_fieldRules`, `_type`)
 * is here and nowhere else. Sanity does not export a way to list a rule's specs, and running each
 * spec on its own is what makes the validator ~60× faster than `validateDocument` and lets a
 * marker name its flag. These fields are why `sanity` is pinned to an exact version: to upgrade,
 * bump it, run test/validate/equivalence.test.ts, and fix this file (README, "Upgrading sanity").
 * Several small functions in one file, against the house habit, so that the surface is one place.
 */

/** The rule's specs, in order. */
export function ruleSpecs(rule: Rule): readonly RuleSpec[] {
  return rule._rules
}

/** `'required'`, `'optional'`, or undefined when neither was called. */
export function ruleRequired(rule: Rule): Rule['_required'] {
  return rule._required
}

/** The `fields({...})` rules of the rule itself (not of nested `all()` / `either()`). */
export function ruleFieldRules(rule: Rule): Record<string, unknown> | undefined {
  return rule._fieldRules as Record<string, unknown> | undefined
}

/** The value type the rule checks (`String`, `Date`, …), which picks its validators. */
export function ruleValueType(rule: Rule): string | undefined {
  return rule._type
}

/** A copy of the rule (same level, message, required-ness and type) holding only `specs`. */
export function withSpecs(rule: Rule, specs: RuleSpec[]): Rule {
  const copy = rule.clone()
  copy._rules = specs
  return copy
}
