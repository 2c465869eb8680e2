import {convertPage} from '../../importer/convert/convertPage.ts'
import {MAX_DIRECTIVE_NESTING} from '../../importer/convert/directives/directiveHandlers.ts'

/** `depth` notes nested in each other, each fence one backtick longer than the one inside it. */
function nestedNotes(depth: number): string {
  const fences = Array.from({length: depth}, (_, level) => '`'.repeat(depth + 3 - level))
  return `# T\n\n${fences.map((fence, level) => `${fence}{note}\nlevel${level}\n\n`).join('')}inner words\n${fences.reverse().join('\n')}\n`
}

const texts = (page: ReturnType<typeof convertPage>) => JSON.stringify(page.body)

// Each nesting level parses its body again (n^1.5 in page size, see `npm run bench`), so the
// nesting is bounded; what is deeper is kept whole as code, with a warning.
describe('directive nesting', () => {
  test(`directiveHandlers: ${MAX_DIRECTIVE_NESTING} nested directives all convert, with no warning of depth`, () => {
    const page = convertPage(nestedNotes(MAX_DIRECTIVE_NESTING), {fallbackTitle: 'x'})
    expect(page.warnings.map((warning) => warning.code)).not.toContain('directive-too-deep')
    expect(JSON.stringify(page.body)).not.toContain('codeBlock')
    for (let level = 0; level < MAX_DIRECTIVE_NESTING; level++) expect(texts(page)).toContain(`"level${level}"`)
  })

  test('directiveHandlers: beyond the bound, the body is kept as code, every word in it, and a warning says so', () => {
    const page = convertPage(nestedNotes(MAX_DIRECTIVE_NESTING + 4), {fallbackTitle: 'x'})
    expect(page.warnings.filter((warning) => warning.code === 'directive-too-deep')).toHaveLength(1)
    const code = page.body.flatMap((block) => ('body' in block ? (block.body as {_type: string; code?: string}[]) : [])).find((block) => block._type === 'codeBlock')
    expect(code?.code).toMatch(new RegExp(`^level${MAX_DIRECTIVE_NESTING}\\n`))
    for (let level = MAX_DIRECTIVE_NESTING; level < MAX_DIRECTIVE_NESTING + 4; level++) expect(code?.code).toContain(`level${level}`)
    expect(code?.code).toContain('inner words')
  })
})
