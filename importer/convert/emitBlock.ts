import {isSpan} from '../isSpan.ts'
import type {BodyBlock, InlineChild, SimpleBlock, TextBlock} from '../types.ts'
import {type BlockContext, warn} from './context.ts'
import {NESTED_BODIES} from '../../dataset/blockRegistry.ts'
import {nestedBodies} from '../../dataset/nestedBodies.ts'

function boldBlock(text: string): TextBlock {
  return {
    _type: 'block',
    _key: '',
    style: 'normal',
    children: [{_type: 'span', _key: 's0', text, marks: ['strong']}],
    markDefs: [],
  }
}

function emboldenSpans(children: InlineChild[]): InlineChild[] {
  for (const span of children) if (isSpan(span) && !span.marks.includes('strong')) span.marks.push('strong')
  return children
}

type Lowering<T extends BodyBlock['_type']> = (block: Extract<BodyBlock, {_type: T}>) => SimpleBlock[]

const nestedBlocks = (block: BodyBlock): SimpleBlock[] => nestedBodies<SimpleBlock>(block).flat()

/**
 * How a block that `simpleBlockContent` cannot hold becomes blocks it can, keeping every word:
 * a heading becomes bold text, a callout its bold title plus body, a definition list bold terms
 * plus descriptions. Any other block that holds nested bodies (a table: dataset/blockRegistry.ts)
 * becomes the blocks of its bodies, one run after the other.
 */
const lowerings: {[T in BodyBlock['_type']]?: Lowering<T>} = {
  block: (block) =>
    block.style === 'normal' || block.style === 'blockquote' ? [block] : [{...block, style: 'normal', children: emboldenSpans(block.children)}],
  callout: (block) => (block.title ? [boldBlock(block.title), ...block.body] : block.body),
  definitionList: (block) => block.items.flatMap((item) => [boldBlock(item.term), ...item.description]),
  attachment: (block) => [boldBlock(block.title)],
}

/**
 * Before a block is written inside open list items: every open item that has no text block yet
 * gets an empty one first (an item that starts with a sub-list or code is still one item, in
 * its place), and every item the block does not belong to can no longer take more text.
 */
function enterOpenItems(ctx: BlockContext, block: BodyBlock): void {
  for (const frame of ctx.lists) {
    if (frame.itemBlock === block) continue
    if (!frame.itemBlock) {
      const empty: TextBlock = {...emptyText(), style: frame.quoteDepth > 0 ? 'blockquote' : 'normal', listItem: frame.listItem, level: frame.level}
      frame.itemBlock = empty
      empty._key = `b${ctx.out.length}`
      ctx.out.push(empty)
    }
    frame.interrupted = true
  }
}

function emptyText(): TextBlock {
  return {_type: 'block', _key: '', style: 'normal', children: [{_type: 'span', _key: 's0', text: '', marks: []}], markDefs: []}
}

/**
 * Appends a block to the context's output with a `_key` derived from its position (`b0`, `b1`,
 * ...: unique in the array, identical on every run). In a simple context, blocks the target
 * schema does not allow are lowered first, with a warning.
 */
export function emitBlock(ctx: BlockContext, block: BodyBlock, line?: number): void {
  if (ctx.lists.length > 0) enterOpenItems(ctx, block)
  const lower = ctx.simple ? ((lowerings[block._type] as Lowering<BodyBlock['_type']> | undefined) ?? (NESTED_BODIES[block._type] ? nestedBlocks : undefined)) : undefined
  const blocks: BodyBlock[] = lower ? lower(block as never) : [block]
  if (lower && block._type !== 'block') {
    warn(ctx, 'lowered-block', `${block._type} inside a callout, cell or definition became plain blocks`, line)
  }
  for (const member of blocks) {
    member._key = `b${ctx.out.length}`
    ctx.out.push(member)
  }
}
