import {corpusFiles} from '../support/corpus.ts'
import {compareStructure, type StructureComparison} from '../support/structureCounts.ts'

/**
 * The converter's structure against executablebooks' MyST parser (mdast), which the project did
 * not write: list items, images and heading levels per page. `node scripts/structure-counts.ts`
 * prints the same figures.
 */
describe.each([
  ['psf/working-groups', ['psf/working-groups']],
  ['psf + python', ['psf', 'python']],
])('structure on %s', (_name, folders) => {
  let result: StructureComparison
  beforeAll(() => {
    result = compareStructure(corpusFiles(...folders))
  })

  test('structure: one list item per source item, bullets and numbers, on every compared page', () => {
    expect(result.pages - result.apart.length).toBeGreaterThan(result.pages * 0.8)
    expect(result.documents.bulletItems).toBe(result.myst.bulletItems)
    expect(result.documents.numberItems).toBe(result.myst.numberItems)
    expect(result.differing.bulletItems).toEqual([])
    expect(result.differing.numberItems).toEqual([])
  })

  test('structure: every image is an image in the document, none became text', () => {
    expect(result.imagesLost).toEqual([])
    expect(result.differing.images).toEqual([])
    expect(result.documentImages).toBe(result.imageTokens)
  })

  test('structure: heading levels as Sphinx showed them on all but 1 % of the pages', () => {
    expect(result.differing.headings.length).toBeLessThanOrEqual(Math.floor(result.pages * 0.01))
  })

  test("structure: no ':::' left in prose but one sentence that starts with it (no fence for pandoc, whose text MyST would drop)", () => {
    expect(result.colons.map(({path, text}) => `${path}: ${text.slice(0, 30)}`)).toEqual(
      folders.includes('python') ? ['python/py3/Python3.0Suggestions.md: ::: some new true boolean oper'] : [],
    )
  })
})

test('structure: Merchandise.md keeps its four images as images, none as a link or a backslash', () => {
  const merchandise = corpusFiles('psf/marketing').filter((file) => file.path.endsWith('/Merchandise.md'))
  const result = compareStructure(merchandise)
  expect(result.documentImages).toBe(4)
  expect(result.imagesLost).toEqual([])
})
