import type {Token} from 'markdown-it'
import {createMarkdownParser} from './createMarkdownParser.ts'

/** Built once: markdown-it compiles its rule chains on first use and caches them. */
const parser = createMarkdownParser()

/**
 * Parses a MyST page (or a fragment of one: a directive body, a table cell) into block tokens.
 * `env` carries reference definitions between chunks of one page.
 */
export function parseMarkdown(source: string, env: object = {}): Token[] {
  return parser.parse(source, env)
}
