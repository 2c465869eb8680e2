import type {InlineChild, Span} from './types.ts'

/** True for a text span among a block's children, false for an inline object (an inline image). Strict: checks `_type`. */
export function isSpan(child: InlineChild): child is Span {
  return child._type === 'span'
}
