import {assignSlugs} from '../../importer/assemble/assignSlugs.ts'

describe('assignSlugs', () => {
  test('assignSlugs: the working group keeps the plain slug, the legacy page of the same name yields', () => {
    const slugs = assignSlugs([
      {_id: 'legacy', type: 'legacyPage', path: 'psf/working-groups/Packaging.md'},
      {_id: 'group', type: 'workingGroup', path: 'psf/working-groups/Packaging/index.md'},
      {_id: 'list', type: 'memberList', path: 'psf/working-groups/Packaging Group.md'},
    ])
    expect(Object.fromEntries(slugs)).toEqual({
      group: 'psf/working-groups/packaging',
      legacy: 'psf/working-groups/packaging-legacy',
      list: 'psf/working-groups/packaging-group',
    })
  })

  test.each([
    [['a/Foo Bar.md', 'a/Foo-Bar.md', 'a/foo bar.md'], ['a/foo-bar', 'a/foo-bar-legacy', 'a/foo-bar-legacy-2']],
    [['a/日本.md'], ['a']],
  ])('assignSlugs: unique slugs for %j', (paths, expected) => {
    const slugs = assignSlugs(paths.map((path, index) => ({_id: `d${index}`, type: 'legacyPage' as const, path})))
    expect(paths.map((_path, index) => slugs.get(`d${index}`))).toEqual(expected)
  })
})
