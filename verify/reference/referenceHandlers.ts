import type {ReferenceHandler} from './context.ts'
import {containerHandlers} from './handlers/containerHandlers.ts'
import {inlineHandlers} from './handlers/inlineHandlers.ts'
import {listHandlers} from './handlers/listHandlers.ts'
import {textHandlers} from './handlers/textHandlers.ts'

const invisible: ReferenceHandler = () => {}

/**
 * mdast node types verify reads, keyed by type, merged from the handler tables; any other type
 * is read through its children. A new construct is a new entry.
 */
export const referenceHandlers: Record<string, ReferenceHandler> = {
  ...textHandlers,
  ...listHandlers,
  ...containerHandlers,
  ...inlineHandlers,
  mystComment: invisible,
  comment: invisible,
}
