import {CALLOUT_KINDS} from '../../../schemas/options.ts'
import {type BlockContext, type BlockHandler, findClose, lineOf, warn} from '../context.ts'
import {emitBlock} from '../emitBlock.ts'

/** A div's content stays in place, as if the fences were not there. */
const unwrap: BlockHandler = (_ctx, index) => index + 1

/** A div whose class names an admonition (`::: note`) becomes a callout of that kind. */
const callout: BlockHandler = (ctx, index) => {
  const open = ctx.tokens[index]
  const close = findClose(ctx.tokens, index)
  const body = ctx.convertNested({tokens: ctx.tokens, from: index + 1, to: close, lineOffset: ctx.lineOffset})
  emitBlock(ctx, {_type: 'callout', _key: '', kind: open.info, body}, lineOf(ctx, open))
  return close + 1
}

/**
 * Pandoc fenced divs keyed by class. `''` is a div without attributes (`::: {}`, `::: `) and
 * `line` a MoinMoin line block: both only wrap content. Admonition classes become callouts;
 * other classes are unwrapped with a warning (see `fenced_div_open`).
 */
export const divClassHandlers: Record<string, BlockHandler> = {
  '': unwrap,
  line: unwrap,
  ...Object.fromEntries(CALLOUT_KINDS.map(({value}) => [value, callout])),
}

function openDiv(ctx: BlockContext, index: number): number {
  const open = ctx.tokens[index]
  const handler = divClassHandlers[open.info]
  if (handler) return handler(ctx, index)
  warn(ctx, 'div-class-dropped', `fenced div class "${open.info}" has no mapping; its content was kept`, lineOf(ctx, open))
  return unwrap(ctx, index)
}

function closeDiv(ctx: BlockContext, index: number): number {
  const close = ctx.tokens[index]
  if (close.meta?.unclosed) warn(ctx, 'unclosed-div', 'fenced div without a closing ::: runs to the end of its container', lineOf(ctx, close))
  return index + 1
}

/** Pandoc fenced divs (`:::`). */
export const divHandlers: Record<string, BlockHandler> = {
  fenced_div_open: openDiv,
  fenced_div_close: closeDiv,
}
