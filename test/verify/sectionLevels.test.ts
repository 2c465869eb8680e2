import type {GenericNode} from 'myst-common'
import {sectionLevels} from '../../verify/reference/sectionLevels.ts'

const levelsOf = (written: number[]) => {
  const headings: GenericNode[] = written.map((depth) => ({type: 'heading', depth}))
  const levels = sectionLevels(headings)
  return headings.map((heading) => levels.get(heading))
}

describe('sectionLevels', () => {
  test.each([
    ['levels as written when none is skipped', [1, 2, 3, 2], [1, 2, 3, 2]],
    ['a skipped level closes up: # then ### is h1, h2', [1, 3], [1, 2]],
    ['a later ## is a sibling of the earlier ###', [1, 3, 2], [1, 2, 2]],
    ['after ## the next #### nests under it', [1, 3, 2, 4], [1, 2, 2, 3]],
    ['a second # starts a top-level section again', [1, 2, 1, 3], [1, 2, 1, 2]],
    ['a page without # starts at h1', [2, 3], [1, 2]],
    ['deeper than six stays h6', [1, 2, 3, 4, 5, 6, 6], [1, 2, 3, 4, 5, 6, 6]],
  ])('sectionLevels: %s', (_name, written, expected) => {
    expect(levelsOf(written)).toEqual(expected)
  })
})
