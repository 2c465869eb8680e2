import {decoratorWriters} from './markWriters.ts'

interface Child {
  _type?: string
  text?: string
  marks?: string[]
}

const isDecorator = (mark: string) => decoratorWriters[mark] !== undefined

/**
 * Spaces at the edge of a bold, italic or struck-through span, where that emphasis opens or
 * closes, moved out of it: `**Badge **after` is no emphasis in markdown, `**Badge** after` is,
 * and reads the same. Done only where the decorators are the innermost marks (moving a space out
 * of an outer decorator would split the link inside it). The writer applies it before writing,
 * and the round trip's comparison to both sides (it is idempotent), so a bold space at the edge
 * is not counted as a lost edit.
 */
export function hoistEdgeSpaces<T extends Child>(children: readonly T[]): T[] {
  const decorators = (child: T | undefined) => (child?._type === 'span' ? (child.marks ?? []).filter(isDecorator) : [])
  return children.flatMap((child, index): T[] => {
    const marks = child.marks ?? []
    const own = decorators(child)
    if (child._type !== 'span' || typeof child.text !== 'string' || own.length === 0) return [child]
    if (marks.slice(marks.findIndex(isDecorator)).some((mark) => !isDecorator(mark))) return [child]
    const opens = own.some((mark) => !decorators(children[index - 1]).includes(mark))
    const closes = own.some((mark) => !decorators(children[index + 1]).includes(mark))
    const plain = marks.filter((mark) => !isDecorator(mark))
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(child.text) ?? []
    if (core === '') return opens && closes ? [{...child, marks: plain}] : [child]
    const hoistLead = opens && lead !== ''
    const hoistTrail = closes && trail !== ''
    if (!hoistLead && !hoistTrail) return [child]
    return [
      ...(hoistLead ? [{...child, text: lead, marks: plain}] : []),
      {...child, text: (hoistLead ? '' : lead) + core + (hoistTrail ? '' : trail)},
      ...(hoistTrail ? [{...child, text: trail, marks: plain}] : []),
    ]
  })
}
