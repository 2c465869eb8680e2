import path from 'node:path'
import {createScopeTest} from '../../push/createScopeTest.ts'

const WIKI = path.resolve('/wiki')
const at = (...parts: string[]) => path.join(WIKI, ...parts)

test.each<[string, string[], string, boolean]>([
  ['a page in the folder', [at('psf/working-groups')], 'psf/working-groups/Docs/index.md', true],
  ['a page in a folder whose name only starts alike', [at('psf/working-groups')], 'psf/working-groups-old/A.md', false],
  ['a page in a sibling folder', [at('psf/working-groups')], 'psf/other/A.md', false],
  ['a page in the second of two folders', [at('psf/working-groups'), at('python')], 'python/A.md', true],
  ['any page when the source is the wiki root', [WIKI], 'people/A.md', true],
  ['nothing when the source lies outside the wiki root', [path.resolve('/elsewhere')], 'elsewhere/A.md', false],
])('createScopeTest: %s', (_what, sources, sourcePath, inScope) => {
  expect(createScopeTest({sources, wikiRoot: WIKI})(sourcePath)).toBe(inScope)
})
