import {reconcileMembers} from '../../importer/extract/reconcileMembers.ts'
import type {MemberFact} from '../../importer/extract/types.ts'

const member = (name: string, role: MemberFact['role'] = 'member', former?: boolean): MemberFact => ({
  _type: 'member',
  _key: name,
  name,
  role,
  ...(former ? {former} : {}),
  sourcePath: 'x',
})

describe('reconcileMembers', () => {
  test('reconcileMembers: the first source with members wins; the others’ differences are listed', () => {
    const result = reconcileMembers([
      {sourcePath: 'Charter_v3.md', members: []},
      {sourcePath: 'Charter.md', members: [member('Jon Clements', 'co-chair'), member('Ann'), member('Bob', 'member', true)]},
      {sourcePath: 'Jobs.md', members: [member('Jon Clement', 'chair'), member('Ann', 'chair'), member('Bob')]},
    ])
    expect(result.membersFrom).toBe('Charter.md')
    expect(result.members.map((m) => m.name)).toEqual(['Jon Clements', 'Ann', 'Bob'])
    expect(result.differences).toEqual([
      {
        sourcePath: 'Jobs.md',
        missing: ['Jon Clements'],
        extra: ['Jon Clement'],
        roles: [
          {name: 'Ann', kept: 'member', other: 'chair'},
          {name: 'Bob', kept: 'former member', other: 'member'},
        ],
      },
    ])
  })

  test.each([
    [[], undefined],
    [[{sourcePath: 'a', members: []}], undefined],
  ])('reconcileMembers: no members anywhere → none kept (%#)', (sources, from) => {
    expect(reconcileMembers(sources)).toEqual({members: [], differences: [], ...(from ? {membersFrom: from} : {})})
  })
})
