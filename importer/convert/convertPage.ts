import {parseMarkdown} from '../parse/parseMarkdown.ts'
import {splitLargeSource} from '../parse/splitLargeSource.ts'
import type {ConvertedPage} from '../types.ts'
import {blockHandlers} from './blockHandlers.ts'
import {compactBlocks} from './compactBlocks.ts'
import {type Handlers, type PageState, warn} from './context.ts'
import {convertBlocks} from './convertBlocks.ts'
import {createContext} from './createContext.ts'
import {directiveHandlers} from './directives/directiveHandlers.ts'

/** What the caller knows about the page besides its text. */
export interface ConvertPageOptions {
  /** Title to use when the page has no H1 (normally derived from the file name). */
  fallbackTitle: string
  /** Source path, named in warnings. */
  path?: string
  /**
   * Entries merged over the default handler tables: a new MyST construct (a token type, a
   * directive name) is one entry here, the way unified extensions merge handler tables.
   */
  handlers?: Partial<Handlers>
}

/**
 * The convert stage: one MyST markdown page in, one {@link ConvertedPage} out. Parses with the
 * importer's markdown-it configuration and walks the tokens through the handler tables. Pure
 * and deterministic: the same source always gives the same blocks and `_key`s.
 */
export function convertPage(source: string, options: ConvertPageOptions): ConvertedPage {
  const page: PageState = {legacyNotice: false, toctree: [], warnings: [], sectionLevels: []}
  const handlers: Handlers = {
    blocks: {...blockHandlers, ...options.handlers?.blocks},
    directives: {...directiveHandlers, ...options.handlers?.directives},
  }
  const ctx = createContext(page, handlers, false, true)
  const env = {}
  // Very large pages go chunk by chunk, so that only one chunk's tokens are alive at a time.
  for (const chunk of splitLargeSource(source)) {
    ctx.tokens = parseMarkdown(chunk.text, env)
    ctx.lineOffset = chunk.line
    convertBlocks(ctx)
  }
  let title = page.title
  if (!title) {
    title = options.fallbackTitle
    warn(ctx, 'missing-title', `${options.path ?? 'page'} has no H1; title taken from the file name`)
  }
  return {title, body: compactBlocks(ctx.out), legacyNotice: page.legacyNotice, toctree: page.toctree, warnings: page.warnings}
}
