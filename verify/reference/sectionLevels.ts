import type {GenericNode} from 'myst-common'

/** HTML has h1..h6; docutils' HTML writer shows deeper sections as h6. */
const DEEPEST = 6

/**
 * The heading levels a reader of the Sphinx page saw, for the page's top-level headings (the JS
 * parser's `depth` is the `#` count as written). MyST-Parser builds docutils sections the way
 * its `add_section` does: a heading's parent is the nearest open section of a lower `#` count
 * (the document itself counts as 0), and opening a section closes every deeper one; Sphinx then
 * writes each section as `h` + its nesting depth. So `#`, `###` gives h1, h2 (no level is
 * skipped) and `#`, `###`, `##` gives h1, h2, h2.
 */
export function sectionLevels(headings: GenericNode[]): Map<GenericNode, number> {
  const levels = new Map<GenericNode, number>()
  // Open sections: `#` count → nesting depth.
  let open: Array<{written: number; depth: number}> = [{written: 0, depth: 0}]
  for (const heading of headings) {
    const written = heading.depth as number
    open = open.filter((section) => section.written < written)
    const depth = open[open.length - 1]!.depth + 1
    open.push({written, depth})
    levels.set(heading, Math.min(depth, DEEPEST))
  }
  return levels
}
