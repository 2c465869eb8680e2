import {GroqSyntaxError, parse, type ExprNode} from 'groq-js'
import {QueryError} from '../QueryError.ts'

/**
 * Parses a GROQ query with its params, refusing (as the hosted API does) a `$param` it was not
 * given, which groq-js alone would read as null. Parameters of the query's own functions
 * (`fn ns::name($x) = …;`) are bound by their calls, not by the request, so they are not checked.
 */
export function compileQuery(query: string, params: Record<string, unknown>): ExprNode {
  checkParams(query, params)
  try {
    return parse(query, {params})
  } catch (error) {
    if (error instanceof GroqSyntaxError) {
      const description = error.message.replace(/^Syntax error in GROQ query at position \d+: /, '')
      throw new QueryError('parse', query, description, {start: error.position, end: error.position + 1})
    }
    throw new QueryError('parse', query, (error as Error).message, {start: 0, end: query.length})
  }
}

function checkParams(query: string, params: Record<string, unknown>) {
  const tokens = parameterTokens(query)
  const bound = functionParameters(query)
  for (const {name, start} of tokens) {
    if (!Object.hasOwn(params, name) && !bound.has(name)) {
      throw new QueryError('param', query, `param $${name} referenced, but not provided`, {start, end: start + name.length + 1})
    }
  }
}

/** `$name` tokens outside string literals and comments, with their offsets. */
function parameterTokens(query: string): {name: string; start: number}[] {
  const tokens: {name: string; start: number}[] = []
  const lexer = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\/\/[^\n]*|\$([A-Za-z_][A-Za-z0-9_]*)/g
  for (const match of query.matchAll(lexer)) if (match[1]) tokens.push({name: match[1], start: match.index})
  return tokens
}

/** Names declared as parameters of custom functions: the `$x` of `fn ns::name($x, $y) = …`. */
function functionParameters(query: string): Set<string> {
  const names = new Set<string>()
  const declaration = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\/\/[^\n]*|\bfn\s+[A-Za-z_]\w*::[A-Za-z_]\w*\s*\(([^)]*)\)/g
  for (const match of query.matchAll(declaration)) {
    for (const parameter of (match[1] ?? '').matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(parameter[1]!)
  }
  return names
}
