import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {extractMembers} from '../../importer/extract/extractMembers.ts'
import {h3, li, p} from '../fixtures/structure/blocks.ts'
import {convertPage} from '../../importer/convert/convertPage.ts'

/** Fixture pairs: `members/<case>.md` in, `members/<case>.json` out. UPDATE_FIXTURES=1 rewrites the expectations. */
const FIXTURES = path.resolve('test/fixtures/structure/members')
const cases = readdirSync(FIXTURES).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3))

describe('extractMembers', () => {
  test.each(cases)('extractMembers: fixture %s', (name) => {
    const source = readFileSync(path.join(FIXTURES, `${name}.md`), 'utf8')
    const sourcePath = `fixtures/${name}.md`
    const page = convertPage(source, {fallbackTitle: name, path: sourcePath})
    const actual = extractMembers({sourcePath, source, body: page.body})
    const expectedFile = path.join(FIXTURES, `${name}.json`)
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`)
    if (!existsSync(expectedFile)) throw new Error(`${expectedFile} is missing: run with UPDATE_FIXTURES=1 once and review it`)
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')))
  })

  test('extractMembers: one person listed twice keeps the stronger role and is current if listed as current', () => {
    const {members} = extractMembers({
      sourcePath: 'x.md',
      source: '',
      body: [h3('Participants'), p('Past members:'), li('Ann Example'), h3('Administration'), li('Ann Example (co-chair)'), h3('Members'), li('Ann Example')],
    })
    expect(members).toEqual([expect.objectContaining({name: 'Ann Example', role: 'co-chair'})])
    expect(members[0]!.former).toBeUndefined()
  })

  test('extractMembers: role rows of a table count anywhere on the page', () => {
    const cell = (text: string) => ({_type: 'tableCell' as const, _key: text, content: [p(text)]})
    const table = {
      _type: 'table' as const,
      _key: 't',
      headerRows: 0,
      rows: [
        {_type: 'tableRow' as const, _key: 'r1', cells: [cell('Effective until'), cell('...')]},
        {_type: 'tableRow' as const, _key: 'r2', cells: [cell('Chair'), cell('Ee Durbin')]},
      ],
    }
    expect(extractMembers({sourcePath: 'x.md', source: '', body: [table]}).members).toEqual([
      expect.objectContaining({name: 'Ee Durbin', role: 'chair'}),
    ])
  })
})
