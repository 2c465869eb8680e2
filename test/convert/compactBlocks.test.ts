import {compactBlocks} from '../../importer/convert/compactBlocks.ts'
import {convertPage} from '../../importer/convert/convertPage.ts'
import type {TextBlock} from '../../importer/types.ts'

const source = 'First paragraph.\n\nSecond paragraph.\n\n| a | b |\n|---|---|\n| c | d |\n'

test('compactBlocks: a later push into one block\'s markDefs works and changes no other block', () => {
  const body = convertPage(source, {fallbackTitle: 'Page', path: 'Page.md'}).body
  const [first, second] = body as TextBlock[]
  expect(first!.markDefs).toEqual([])
  first!.markDefs.push({_type: 'link', _key: 'l0', href: 'https://example.org'})
  first!.children[0]!.marks.push('l0')
  expect(first!.markDefs).toHaveLength(1)
  expect(second!.markDefs).toEqual([])
  expect(second!.children[0]!.marks).toEqual([])
  expect(JSON.stringify(body).match(/"l0"/g)).toHaveLength(2)
})

test('compactBlocks: the same blocks, as JSON, with no array shared between two places', () => {
  const blocks = convertPage(source, {fallbackTitle: 'Page', path: 'Page.md'}).body
  const compact = compactBlocks(blocks)
  expect(compact).toEqual(blocks)
  const arrays = new Set<unknown>()
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      expect(arrays.has(value)).toBe(false)
      arrays.add(value)
      value.forEach(visit)
    } else if (value && typeof value === 'object') Object.values(value).forEach(visit)
  }
  visit(compact)
})
