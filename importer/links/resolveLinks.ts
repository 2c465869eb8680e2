import type {LinkablePage, PageLinks} from './resolvePageLinks.ts'
import {resolvePageLinks} from './resolvePageLinks.ts'
import type {LinkResolver} from './types.ts'

/**
 * The links stage: every page's links resolved against the same resolver (so against the same set
 * of imported documents), keyed by source path.
 */
export function resolveLinks(pages: readonly LinkablePage[], resolver: LinkResolver): Map<string, PageLinks> {
  return new Map(pages.map((page) => [page.sourcePath, resolvePageLinks(page, resolver)]))
}
