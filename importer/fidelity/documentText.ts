import {toPlainText} from '@portabletext/toolkit'
import {nestedBodies} from '../../dataset/nestedBodies.ts'
import type {BodyBlock, ConvertedPage, SimpleBlock} from '../types.ts'

type AnyBlock = BodyBlock | SimpleBlock

type Collect<T> = (block: T, out: string[]) => void
type ObjectTextHandlers = {[K in AnyBlock['_type']]?: Collect<Extract<AnyBlock, {_type: K}>>}

/** Text of the objects `toPlainText` skips, by block type, besides their nested bodies (dataset/blockRegistry.ts). */
const objectText: ObjectTextHandlers = {
  callout: (block, out) => {
    if (block.title) out.push(block.title)
  },
  definitionList: (block, out) => {
    for (const item of block.items) out.push(item.term)
  },
  codeBlock: (block, out) => out.push(block.code),
  attachment: (block, out) => out.push(block.title),
}

function blocksText(blocks: AnyBlock[], out: string[]): void {
  out.push(toPlainText(blocks as Parameters<typeof toPlainText>[0]))
  for (const block of blocks) {
    const collect = objectText[block._type] as Collect<AnyBlock> | undefined
    collect?.(block, out)
    for (const body of nestedBodies<AnyBlock>(block)) blocksText(body, out)
  }
}

/** All the text a converted page holds: title, text blocks, and text inside its objects. */
export function documentText(page: ConvertedPage): string {
  const out = [page.title]
  blocksText(page.body, out)
  return out.join('\n')
}
