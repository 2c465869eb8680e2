import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {convertPage} from '../../importer/convert/convertPage.ts'

/**
 * One fixture pair per construct: `test/fixtures/convert/<case>.md` converts to `<case>.json`.
 * Run with `UPDATE_FIXTURES=1 npm test -- test/convert/fixtures.test.ts` to rewrite the
 * expectations on purpose after a deliberate change, then review the JSON diff by eye.
 */
const FIXTURES = path.resolve(process.cwd(), 'test/fixtures/convert')
const update = process.env.UPDATE_FIXTURES === '1'

const cases = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.slice(0, -3))
  .sort()

test('fixtures: there is one pair per construct', () => {
  expect(cases.length).toBeGreaterThanOrEqual(16)
})

test.each(cases)('convertPage: fixture %s', (name) => {
  const source = readFileSync(path.join(FIXTURES, `${name}.md`), 'utf8')
  const page = convertPage(source, {fallbackTitle: name, path: `${name}.md`})
  const expectedFile = path.join(FIXTURES, `${name}.json`)
  if (update) writeFileSync(expectedFile, `${JSON.stringify(page, null, 2)}\n`)
  expect(page).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')))
})
