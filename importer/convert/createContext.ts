import type {SimpleBlock} from '../types.ts'
import type {BlockContext, Handlers, NestedBody, PageState} from './context.ts'
import {convertBlocks} from './convertBlocks.ts'

/**
 * A block context whose `convertNested` walks a nested body with the same handler tables and
 * page state. This module is the only one that knows the walker, so no handler imports it back.
 */
export function createContext(page: PageState, handlers: Handlers, simple: boolean, isRoot: boolean): BlockContext {
  return {
    page,
    handlers,
    tokens: [],
    out: [],
    simple,
    lineOffset: 0,
    lists: [],
    quoteDepth: 0,
    isRoot,
    convertNested(body: NestedBody): SimpleBlock[] {
      const child = createContext(page, handlers, true, false)
      child.tokens = body.tokens
      child.lineOffset = body.lineOffset
      convertBlocks(child, body.from ?? 0, body.to ?? body.tokens.length)
      // A simple context lowers every block simpleBlockContent cannot hold (see emitBlock).
      return child.out as SimpleBlock[]
    },
  }
}
