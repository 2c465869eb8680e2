import {convertPage} from '../../importer/convert/convertPage.ts'
import type {TextBlock} from '../../importer/types.ts'

const options = {fallbackTitle: 'Fallback', path: 'edge.md'}

describe('convertPage edge cases', () => {
  test('convertPage: an empty string is a page with the fallback title and a warning', () => {
    const page = convertPage('', options)
    expect(page).toEqual({
      title: 'Fallback',
      body: [],
      legacyNotice: false,
      toctree: [],
      warnings: [{code: 'missing-title', message: 'edge.md has no H1; title taken from the file name'}],
    })
  })

  test('convertPage: a 1,000-deep list neither crashes nor loses text; depth is bounded and reported', () => {
    const lines = Array.from({length: 1000}, (_, i) => `${'  '.repeat(i)}- item${i}`)
    const page = convertPage(`# Deep\n\n${lines.join('\n')}\n`, options)
    const text = page.body.map((block) => (block as TextBlock).children.map((span) => span.text).join('')).join(' ')
    for (const i of [0, 9, 10, 500, 999]) expect(text).toContain(`item${i}`)
    for (const block of page.body) expect((block as TextBlock).level ?? 1).toBeLessThanOrEqual(10)
    const codes = new Set(page.warnings.map((warning) => warning.code))
    expect(codes).toContain('list-too-deep')
    expect(codes).toContain('nesting-too-deep')
  })

  test('convertPage: a 1,000-deep block quote is bounded too', () => {
    const page = convertPage(`# Quote\n\n${'>'.repeat(1000)} deep\n`, options)
    expect(JSON.stringify(page.body)).toContain('deep')
  })

  test('convertPage: keys are unique within every array and stable across runs', () => {
    const source = '# T\n\n- a\n- b\n\n> quote\n\n```py\nx\n```\n\nText [l1](a) and [l2](b).\n'
    const first = convertPage(source, options)
    expect(convertPage(source, options)).toEqual(first)
    const keys = first.body.map((block) => block._key)
    expect(new Set(keys).size).toBe(keys.length)
  })
})
