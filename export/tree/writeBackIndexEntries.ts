import type {DatasetDocument} from '../types.ts'

interface Span {
  _type: string
  _key?: string
  text: string
  marks: string[]
}
interface Block {
  _type: string
  _key?: string
  listItem?: string
  children?: Span[]
  markDefs?: {_type: string; _key: string; reference?: {_ref?: string}}[]
}

/** What the importer's group index strips between an entry's link and its summary (classify/readGroupIndex.ts). */
const SEPARATOR = /^\s*(?:--|–|—|-|:)\s*/

/**
 * A working group's title and summary live on the working groups index page, as the link text
 * and the words after it (`- [Packaging WG](Packaging/index) -- Funds and coordinates…`): the
 * importer reads them from there. When an editor changed them on the group, the index page's
 * entry is rewritten to say what the group says, so the exported wiki carries the edit; entries
 * that already agree are left exactly as they are.
 */
export function writeBackIndexEntries(documents: readonly DatasetDocument[]): DatasetDocument[] {
  const groups = new Map(documents.filter((document) => document._type === 'workingGroup').map((group) => [group._id, group]))
  return documents.map((document) => {
    if (document._type !== 'legacyPage' || document.kind !== 'index' || !Array.isArray(document.body)) return document
    let changed = false
    const body = (document.body as Block[]).map((block) => {
      const rewritten = rewriteEntry(block, groups)
      if (rewritten !== block) changed = true
      return rewritten
    })
    return changed ? {...document, body} : document
  })
}

function rewriteEntry(block: Block, groups: ReadonlyMap<string, DatasetDocument>): Block {
  if (block._type !== 'block' || !block.listItem || !block.children || !block.markDefs) return block
  const link = block.markDefs.find((def) => def._type === 'internalLink' || def._type === 'link')
  const group = link?._type === 'internalLink' && link.reference?._ref ? groups.get(link.reference._ref) : undefined
  if (!link || !group || typeof group.title !== 'string') return block
  const linked = block.children.filter((span) => span.marks.includes(link._key))
  const last = block.children.lastIndexOf(linked.at(-1)!)
  const text = linked.map((span) => span.text).join('').trim()
  const rest = block.children.slice(last + 1).map((span) => span.text).join('')
  const summary = rest.replace(SEPARATOR, '').trim()
  const wanted = typeof group.summary === 'string' ? group.summary.trim() : ''
  if (text === group.title && summary === wanted) return block
  const before = block.children.slice(0, block.children.indexOf(linked[0]!))
  const children: Span[] = [...before, {_type: 'span', _key: 'title', text: group.title, marks: [link._key]}]
  if (wanted) children.push({_type: 'span', _key: 'summary', text: ` -- ${wanted}`, marks: []})
  return {...block, children}
}
