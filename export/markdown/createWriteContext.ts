import {blockWriters} from './blockWriters.ts'
import type {LinkTargets, PtNode, WriteContext, WriteProblem} from './types.ts'
import {isQuoted, listRunEnd, quoteRunEnd, writeList} from './writeList.ts'

const isText = (block: PtNode) => block._type === 'block'

/**
 * The writer for one page: `writeBlocks` walks a body through {@link blockWriters}, grouping
 * consecutive quoted blocks (and the blocks a quoted list holds between them: `quoteRunEnd`) into
 * one `>` quote and consecutive list items into one list, and hands itself to every writer so
 * nested bodies (callouts, cells, definitions) come back here.
 */
export function createWriteContext(links: LinkTargets, problems: WriteProblem[]): WriteContext {
  const ctx: WriteContext = {
    links,
    problem: (code, message) => problems.push({code, message}),
    writeBlocks(blocks) {
      const parts: string[] = []
      let i = 0
      while (i < blocks.length) {
        const block = blocks[i]!
        if (isQuoted(block)) {
          const end = quoteRunEnd(blocks, i)
          const inner = ctx.writeBlocks(blocks.slice(i, end).map((inside) => (isQuoted(inside) ? {...inside, style: 'normal'} : inside)))
          parts.push(inner.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n'))
          i = end
          continue
        }
        if (isText(block) && block.listItem) {
          const end = listRunEnd(blocks, i)
          parts.push(writeList(blocks.slice(i, end), (item) => blockWriters.block!(item, ctx), (body) => ctx.writeBlocks(body)))
          i = end
          continue
        }
        // Two definition lists in a row would be read back as one: an HTML comment (nothing to the
        // importer, nothing on the Sphinx page) keeps them apart.
        if (block._type === 'definitionList' && blocks[i - 1]?._type === 'definitionList') parts.push('<!-- -->')
        const writer = blockWriters[block._type]
        if (writer) parts.push(writer(block, ctx))
        else ctx.problem('unknown-block', `block type "${block._type}" has no MyST form; left out`)
        i++
      }
      return parts.filter((part) => part !== '').join('\n\n')
    },
  }
  return ctx
}
