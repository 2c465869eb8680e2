import {addWords, mergeWords} from '../../outlineWords.ts'
import {addItem, count, openRegion, type ReferenceHandler, textContainer} from '../context.ts'
import {plainText} from '../plainText.ts'
import {drawnTable, GRID_RULE, SIMPLE_RULE, tableDrawnAsText} from './drawnTables.ts'

/** A fence line, after any quote and list markers it shares its line with (`- ::: {}`). */
const COLON_FENCE = /^(?:[\s>]|[-*+]\s|\d{1,9}[.)]\s)*:{3,}/
const BACKTICK_FENCE = /^(?:[\s>]|[-*+]\s|\d{1,9}[.)]\s)*(?:`{3,}|~{3,})/

/** Heading: the page's first H1 is its title; the rest get Sphinx's level. */
const heading: ReferenceHandler = (node, ctx) => {
  const text = plainText(node)
  const level = ctx.levels.get(node)
  if (level === 1 && !ctx.outline.title && !ctx.region) {
    ctx.outline.title = text.trim()
    return
  }
  if (level === 1) count(ctx, 'extra-h1')
  const key = level ? `heading h${Math.max(level, 2)}` : 'heading rubric'
  // A one-column simple table's row over its closing rule reads as a setext heading.
  const line = node.position ? ctx.lines[node.position.start.line - 1] ?? '' : ''
  const above = node.position ? ctx.lines[node.position.start.line - 2] ?? '' : ''
  if (!ctx.region && !line.trimStart().startsWith('#') && SIMPLE_RULE.test(above)) return drawnTable(node, ctx, key, 'simple-table')
  addItem(ctx, key, text)
  textContainer(node, ctx)
}

/** A paragraph; a table drawn as one is shown raw on the wiki, so it is a region too. */
const paragraph: ReferenceHandler = (node, ctx) => {
  const drawn = tableDrawnAsText(node, ctx)
  if (drawn) return drawnTable(node, ctx, 'paragraph', drawn)
  addItem(ctx, 'paragraph', plainText(node))
  textContainer(node, ctx)
}

/**
 * A code block. One from a colon fence is a pandoc div: `::: {}` names no directive, so Sphinx
 * shows nothing; `::: note` is a literal block on the wiki. Either way the importer reads the
 * body as markdown, so the body's words are the region's and not compared as shown.
 */
const code: ReferenceHandler = (node, ctx) => {
  const line = node.position ? ctx.lines[node.position.start.line - 1] ?? '' : ''
  if (COLON_FENCE.test(line)) {
    const dropped = String(node.lang ?? '').startsWith('{')
    const category = dropped ? 'pandoc-div-dropped' : 'pandoc-div-raw'
    count(ctx, category)
    const region = openRegion(ctx, category, String(node.value ?? ''))
    const body = ctx.parseFragment(node.value ?? '')
    mergeWords(region.words, body.words)
    for (const inner of body.regions) mergeWords(region.words, inner.words)
    if (body.title) addWords(region.words, body.title)
    if (!dropped) addItem(ctx, 'code', node.value ?? '', region.category)
    return
  }
  // An indented block (no fence) drawn as a pandoc table: shown raw on the wiki, a table in the document.
  const value = String(node.value ?? '')
  const table = BACKTICK_FENCE.test(line) ? undefined : GRID_RULE.test(value) ? 'grid-table' : SIMPLE_RULE.test(value) ? 'simple-table' : undefined
  if (table && !ctx.region) {
    count(ctx, table)
    const region = openRegion(ctx, table, value)
    addWords(region.words, value)
    addItem(ctx, 'code', value, table)
    addWords(ctx.words, value)
    return
  }
  addItem(ctx, 'code', node.value ?? '')
  addWords(ctx.words, node.value ?? '')
}

/** Headings, paragraphs and code blocks: the text containers outside lists and containers. */
export const textHandlers: Record<string, ReferenceHandler> = {heading, paragraph, code}
