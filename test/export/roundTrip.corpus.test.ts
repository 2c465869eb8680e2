import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {mystParse} from 'myst-parser'
import {roundTrip, type RoundTripResult} from '../../export/roundTrip.ts'
import {CORPUS, requireCorpus, WORKING_GROUPS} from '../support/corpus.ts'

let result: RoundTripResult

beforeAll(async () => {
  requireCorpus()
  result = await roundTrip({sources: [WORKING_GROUPS], wikiRoot: CORPUS})
}, 120_000)

test('round trip on the working groups tree: import(export(import(tree))) equals import(tree), document for document', () => {
  const named = result.differences.map(({documentId, path: at, before, after}) => `${documentId} ${at || '(whole document)'}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`)
  expect(named).toEqual([])
  expect(result.compared).toBe(175)
  expect(result.differing).toBe(0)
  expect(result.export.problems).toEqual([])
})

test('round trip on the working groups tree: every attachment is written beside the pages with the bytes of the original', () => {
  const folder = path.join(result.out, 'psf/_attachments')
  const files = readdirSync(folder, {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile())
  expect(files.length).toBe(3)
  for (const file of files) {
    const relative = path.relative(result.out, path.join(file.parentPath, file.name))
    expect(readFileSync(path.join(result.out, relative)).equals(readFileSync(path.join(CORPUS, relative)))).toBe(true)
  }
})

test('round trip on the working groups tree: myst-parser reads the written group pages as the wiki has them (legacy notice, toctree)', () => {
  const directives = (file: string) => {
    const found: string[] = []
    const visit = (node: {type: string; name?: string; args?: string; children?: unknown[]}) => {
      if (node.type === 'mystDirective') found.push(`${node.name} ${node.args ?? ''}`.trim())
      for (const child of node.children ?? []) visit(child as typeof node)
    }
    visit(mystParse(readFileSync(path.join(result.out, file), 'utf8')) as never)
    return found
  }
  expect(directives('psf/working-groups/Packaging/index.md')).toContain('toctree')
  expect(directives('psf/working-groups/Bylaws.md')).toEqual(['admonition Legacy Wiki Page'])
})
