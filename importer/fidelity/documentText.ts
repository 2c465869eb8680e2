import {toPlainText} from '@portabletext/toolkit'
import type {BodyBlock, ConvertedPage, SimpleBlock} from '../types.ts'

type AnyBlock = BodyBlock | SimpleBlock

/** Text of the objects `toPlainText` skips: tables, callouts, definitions, code. */
function objectText(block: AnyBlock, out: string[]): void {
  switch (block._type) {
    case 'table':
      for (const row of block.rows) for (const cell of row.cells) blocksText(cell.content, out)
      break
    case 'callout':
      if (block.title) out.push(block.title)
      blocksText(block.body, out)
      break
    case 'definitionList':
      for (const item of block.items) {
        out.push(item.term)
        blocksText(item.description, out)
      }
      break
    case 'codeBlock':
      out.push(block.code)
      break
    case 'attachment':
      out.push(block.title)
      break
    default:
  }
}

function blocksText(blocks: AnyBlock[], out: string[]): void {
  out.push(toPlainText(blocks as Parameters<typeof toPlainText>[0]))
  for (const block of blocks) objectText(block, out)
}

/** All the text a converted page holds: title, text blocks, and text inside its objects. */
export function documentText(page: ConvertedPage): string {
  const out = [page.title]
  blocksText(page.body, out)
  return out.join('\n')
}
