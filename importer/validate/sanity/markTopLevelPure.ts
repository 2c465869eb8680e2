import {parseSync, type ModuleItem, type Span} from '@swc/core'

/** Initializers that have no side effect anyway; wrapping them would only add noise. */
const INERT = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'StringLiteral', 'NumericLiteral', 'BooleanLiteral', 'NullLiteral', 'Identifier', 'RegExpLiteral'])

/**
 * Rewrites one of sanity's published chunks so that esbuild can drop what validation does not use.
 * Sanity ships the whole Studio in a few large chunks whose top level is full of calls esbuild must
 * assume have effects (`styled(Box)…`, `memo(…)`, `X.displayName = …`), and it keeps a whole
 * `const a = …, b = …` statement when one of its names is used. So each declarator becomes a
 * statement of its own whose initializer is a `@__PURE__` immediately-called arrow (kept, and run
 * in the same order, exactly when its name is used), and each expression statement is wrapped the
 * same way, except calls of the chunk's own functions (`inferFromSchema(builtinSchema)`), which
 * set up state that used code reads. The equivalence suite (test/validate/equivalence.test.ts) is
 * what proves the bundle still behaves as `sanity`.
 */
export function markTopLevelPure(source: string): string {
  const bytes = Buffer.from(source)
  // swc's spans are byte offsets that keep growing across calls: a leading `0;` gives the base.
  const module = parseSync(`0;\n${source}`, {syntax: 'ecmascript', target: 'es2022'})
  const base = module.body.shift()!.span.start + 3
  const text = (node: unknown) => {
    const {span} = node as {span: Span}
    return bytes.subarray(span.start - base, span.end - base).toString()
  }
  const ownFunctions = new Set(module.body.flatMap((item) => (item.type === 'FunctionDeclaration' ? [item.identifier.value] : [])))
  const edits: {from: number; to: number; text: string}[] = []
  const replace = (item: ModuleItem, replacement: string) => edits.push({from: item.span.start - base, to: item.span.end - base, text: replacement})

  for (const item of module.body) {
    if (item.type === 'VariableDeclaration') {
      const statements = item.declarations.map(({id, init}) => {
        const value = !init ? '' : INERT.has(init.type) ? ` = ${text(init)}` : ` = /* @__PURE__ */ (() => (${text(init)}))()`
        return `${item.kind} ${text(id)}${value};`
      })
      replace(item, statements.join('\n'))
    } else if (item.type === 'ExpressionStatement') {
      const {expression} = item
      const setsUpState = expression.type === 'CallExpression' && expression.callee.type === 'Identifier' && ownFunctions.has(expression.callee.value)
      if (!setsUpState) replace(item, `/* @__PURE__ */ (() => {${text(item)}})();`)
    }
  }
  const parts: Buffer[] = []
  let end = bytes.length
  for (const edit of edits.sort((a, b) => b.from - a.from)) {
    parts.push(bytes.subarray(edit.to, end), Buffer.from(edit.text))
    end = edit.from
  }
  parts.push(bytes.subarray(0, end))
  return Buffer.concat(parts.reverse()).toString()
}
