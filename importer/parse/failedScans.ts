import type MarkdownIt from 'markdown-it'
import type {StateBlock} from 'markdown-it'

/**
 * A look-ahead that failed: started at line `from`, it met the line `until` that decided the
 * failure without meeting anything else that decides. Any start line between the two looks at a
 * subset of the same lines and fails the same way.
 */
export interface FailedScan {
  from: number
  until: number
}

/** One record per rule for each active call of the block tokenizer, innermost last. */
const frames = new WeakMap<StateBlock, (Map<string, FailedScan> | undefined)[]>()

/**
 * Gives every call of `md`'s block tokenizer its own record of failed look-aheads. Nested calls
 * (block quotes, list items, divs) see other line offsets and indentation, so a record is valid
 * only inside the call that made it; within one call, the lines keep their offsets between rule
 * calls (rules that change them restore them), so a rule may trust its record there.
 */
export function recordFailedScans(md: MarkdownIt): void {
  const tokenize = md.block.tokenize.bind(md.block)
  md.block.tokenize = (state, startLine, endLine) => {
    let stack = frames.get(state)
    if (!stack) frames.set(state, (stack = []))
    // Made on the first failure: most calls (a list item, a quote) never record one.
    stack.push(undefined)
    try {
      tokenize(state, startLine, endLine)
    } finally {
      stack.pop()
    }
  }
}

/**
 * The record of `rule`'s failed look-aheads in the tokenizer call now running, to be read with
 * {@link knownToFail} and written with `set`. Rules are tried from increasing start lines within a
 * call, so one record per rule, the latest, is enough.
 */
export function failedScans(state: StateBlock): Map<string, FailedScan> {
  const stack = frames.get(state)
  // Outside recordFailedScans (a bare markdown-it): a fresh map each time, so nothing is remembered.
  if (!stack || stack.length === 0) return new Map()
  return (stack[stack.length - 1] ??= new Map())
}

/** Whether `rule`'s look-ahead from `line` is known to fail from an earlier start in this call. */
export function knownToFail(state: StateBlock, rule: string, line: number): boolean {
  const stack = frames.get(state)
  const scan = stack?.[stack.length - 1]?.get(rule)
  return scan !== undefined && scan.from < line && line < scan.until
}
