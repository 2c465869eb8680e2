/**
 * A presence check whose message says what is missing and how to fix it; use it beside the field's
 * own rule: `validation: (rule) => [rule, required(rule, 'Give the page a title…')]`.
 * Not `rule.required().error(message)`: a message given with `.error()` belongs to the whole rule,
 * and Sanity puts the field's type, option-list and unique-slug checks into that same rule, so a
 * duplicate slug would read "give the page a slug" too. `skip()` starts a rule without them.
 */
export function required<R extends {skip(): unknown; required(): R; error(message: string): R}>(rule: R, message: string): R {
  return (rule.skip() as R).required().error(message)
}
