import type {GenericNode} from 'myst-common'

/** Inline node types: their text runs on with their neighbours'. */
const PHRASING = new Set(['text', 'inlineCode', 'emphasis', 'strong', 'delete', 'link', 'image', 'break', 'html', 'footnoteReference', 'moinIcon', 'subscript', 'superscript', 'abbreviation', 'mystRole', 'underline', 'smallcaps'])

/** The visible text of a subtree, as the reader sees it; blocks are separated by a space. */
export function plainText(node: GenericNode, skip: (child: GenericNode) => boolean = () => false): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code' || node.type === 'moinIcon') return node.value ?? ''
  if (node.type === 'break') return ' '
  if (!node.children) return ''
  let out = ''
  for (const child of node.children) {
    if (skip(child)) continue
    out += PHRASING.has(child.type) ? plainText(child, skip) : ` ${plainText(child, skip)} `
  }
  return out
}

