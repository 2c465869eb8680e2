import type {GenericNode} from 'myst-common'
import type {Outline} from '../types.ts'
import {parseReference} from './parseReference.ts'
import type {ReferenceContext} from './context.ts'
import {referenceHandlers} from './referenceHandlers.ts'
import {sectionLevels} from './sectionLevels.ts'
import {wikiTransforms} from './wikiTransforms.ts'

/**
 * A page as the wiki's readers saw it, read with executablebooks' JS MyST parser: the tree is
 * rewritten where the wiki's Sphinx settings differ from the JS parser's (wikiTransforms), then
 * reduced to verify's outline by the handler table keyed by mdast node type.
 */
export function referenceOutline(source: string): Outline {
  const tree = parseReference(source)
  const outline: Outline = {title: '', items: [], words: new Map(), regions: [], categories: {}, legacyNotice: false}
  for (const transform of wikiTransforms) {
    transform(tree, (category) => (outline.categories[category] = (outline.categories[category] ?? 0) + 1))
  }
  const headings = sectionHeadings(tree)
  const base: ReferenceContext = {
    lines: source.split('\n'),
    levels: sectionLevels(headings),
    outline,
    noticeWords: new Map(),
    listDepth: 0,
    ordered: false,
    words: outline.words,
    visit(nodes, patch) {
      const ctx = patch ? {...this, ...patch} : this
      for (const node of nodes ?? []) read(node, ctx)
    },
    parseFragment: referenceOutline,
  }
  base.visit(tree.children)
  return Object.assign(outline, {noticeWords: base.noticeWords})
}

function read(node: GenericNode, ctx: ReferenceContext): void {
  const handler = referenceHandlers[node.type]
  if (handler) handler(node, ctx)
  else ctx.visit(node.children)
}

/**
 * The headings that open docutils sections, in document order. MyST-Parser makes a section of a
 * heading wherever it stands — in a list item or a quote too, where it breaks out of the list —
 * except inside a directive's body (an admonition), where it becomes a rubric.
 */
function sectionHeadings(node: GenericNode, out: GenericNode[] = []): GenericNode[] {
  for (const child of node.children ?? []) {
    if (child.type === 'heading') out.push(child)
    else if (child.type !== 'mystDirective') sectionHeadings(child, out)
  }
  return out
}
