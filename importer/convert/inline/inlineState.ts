import type {InlineChild, MarkDef} from '../../types.ts'
import type {BlockContext} from '../context.ts'

/** The spans of one text block as its inline tokens convert. */
export interface InlineState {
  ctx: BlockContext
  /** Page line of the block, for warnings and link positions. */
  line: number | undefined
  children: InlineChild[]
  markDefs: MarkDef[]
  /** Decorators and annotation keys open at this point, innermost last. */
  marks: string[]
  /** Bumped whenever `marks` changes, so a new span is started only when it has to be. */
  marksVersion: number
  lastVersion: number
  /** Keys of the links open at this point, so `link_close` pops the right one. */
  openLinks: string[]
  /** Type of the previous inline token (pandoc attributes trail a code span). */
  previous: string
  /** Keys of links that wrap an image: the image keeps the target, the annotation may end up unused. */
  imageLinks: Set<string>
}

/** A fresh inline state for one block. */
export function createInlineState(ctx: BlockContext, line: number | undefined): InlineState {
  return {ctx, line, children: [], markDefs: [], marks: [], marksVersion: 0, lastVersion: -1, openLinks: [], previous: '', imageLinks: new Set()}
}

function sameMarks(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** Appends text under the open marks, extending the last span when it is one and its marks are the same. */
export function appendText(state: InlineState, text: string): void {
  if (text.length === 0) return
  const last = state.children[state.children.length - 1]
  if (last && last._type === 'span' && (state.lastVersion === state.marksVersion || sameMarks(last.marks, state.marks))) {
    last.text += text
    state.lastVersion = state.marksVersion
    return
  }
  state.children.push({_type: 'span', _key: `s${state.children.length}`, text, marks: state.marks.slice()})
  state.lastVersion = state.marksVersion
}

/** Opens a decorator or annotation key. */
export function pushMark(state: InlineState, mark: string): void {
  state.marks.push(mark)
  state.marksVersion++
}

/** Closes the innermost occurrence of `mark`. */
export function popMark(state: InlineState, mark: string): void {
  const index = state.marks.lastIndexOf(mark)
  if (index >= 0) state.marks.splice(index, 1)
  state.marksVersion++
}
