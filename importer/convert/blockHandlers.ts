import {codeHandlers} from './blocks/codeHandlers.ts'
import {definitionHandlers} from './blocks/definitionHandlers.ts'
import {divHandlers} from './blocks/divHandlers.ts'
import {listHandlers} from './blocks/listHandlers.ts'
import {paragraphHandlers} from './blocks/paragraphHandlers.ts'
import {quoteHandlers} from './blocks/quoteHandlers.ts'
import {rawHandlers} from './blocks/rawHandlers.ts'
import {tableHandlers} from './blocks/tableHandlers.ts'
import type {BlockHandler} from './context.ts'

/**
 * Every block token type the converter understands, keyed by markdown-it token type. A new
 * construct is a new entry in one of the merged tables.
 */
export const blockHandlers: Record<string, BlockHandler> = {
  ...paragraphHandlers,
  ...listHandlers,
  ...quoteHandlers,
  ...codeHandlers,
  ...definitionHandlers,
  ...divHandlers,
  ...tableHandlers,
  ...rawHandlers,
}
