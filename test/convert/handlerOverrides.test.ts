import {convertPage} from '../../importer/convert/convertPage.ts'
import type {BlockHandler, DirectiveHandler} from '../../importer/convert/context.ts'
import {emitBlock} from '../../importer/convert/emitBlock.ts'
import {parseMarkdown} from '../../importer/parse/parseMarkdown.ts'

const options = {fallbackTitle: 'T', path: 't.md'}

test('convertPage: a new MyST directive is one table entry, and its body converts through the context', () => {
  const sidebar: DirectiveHandler = (ctx, directive, position) => {
    const body = ctx.convertNested({tokens: parseMarkdown(directive.body), lineOffset: position.bodyLineOffset})
    emitBlock(ctx, {_type: 'callout', _key: '', kind: 'note', title: directive.argument, body}, position.line)
  }
  const page = convertPage('# T\n\n```{sidebar} Aside\n## Inner\n\ntext\n```\n', {...options, handlers: {directives: {sidebar}}})
  expect(page.warnings).toEqual([])
  expect(page.body).toEqual([
    {
      _type: 'callout',
      _key: 'b0',
      kind: 'note',
      title: 'Aside',
      body: [
        // The nested context is simple: the heading is lowered to bold text.
        {_type: 'block', _key: 'b0', style: 'normal', children: [{_type: 'span', _key: 's0', text: 'Inner', marks: ['strong']}], markDefs: []},
        {_type: 'block', _key: 'b1', style: 'normal', children: [{_type: 'span', _key: 's0', text: 'text', marks: []}], markDefs: []},
      ],
    },
  ])
})

test('convertPage: a block handler override replaces the default for its token type only', () => {
  const code_block: BlockHandler = (ctx, index) => {
    emitBlock(ctx, {_type: 'codeBlock', _key: '', code: ctx.tokens[index].content.trim(), language: 'text'})
    return index + 1
  }
  const page = convertPage('# T\n\n    indented\n\n```py\nx\n```\n', {...options, handlers: {blocks: {code_block}}})
  expect(page.body).toEqual([
    {_type: 'codeBlock', _key: 'b0', code: 'indented', language: 'text'},
    {_type: 'codeBlock', _key: 'b1', code: 'x', language: 'py'},
  ])
})
