import path from 'node:path'
import {convertPage} from '../../importer/convert/convertPage.ts'
import type {BodyBlock, ConvertedPage, SimpleBlock} from '../../importer/types.ts'
import {corpusFiles} from '../support/corpus.ts'

type AnyBlock = BodyBlock | SimpleBlock

/** Text spans outside code, with their blocks: where leftovers of the markdown would show. */
function proseTexts(blocks: AnyBlock[], out: string[] = []): string[] {
  for (const block of blocks) {
    if (block._type === 'block') {
      for (const span of block.children) if (!span.marks.includes('code')) out.push(span.text)
    } else if (block._type === 'table') {
      for (const row of block.rows) for (const cell of row.cells) proseTexts(cell.content, out)
    } else if (block._type === 'callout') {
      proseTexts(block.body, out)
    } else if (block._type === 'definitionList') {
      for (const item of block.items) {
        out.push(item.term)
        proseTexts(item.description, out)
      }
    }
  }
  return out
}

function countTables(blocks: AnyBlock[]): number {
  return blocks.filter((block) => block._type === 'table').length
}

const pages = corpusFiles('psf/working-groups')
const converted: [string, ConvertedPage][] = pages.map((page) => [
  page.path,
  convertPage(page.text, {fallbackTitle: path.basename(page.path, '.md'), path: page.path}),
])

describe('convertPage on psf/working-groups', () => {
  test('reads all 175 pages', () => {
    expect(converted).toHaveLength(175)
  })

  test('every page has its H1 as title and no missing-title warning', () => {
    for (const [file, page] of converted) {
      expect([file, page.title.length > 0]).toEqual([file, true])
      expect(page.warnings.filter((warning) => warning.code === 'missing-title')).toEqual([])
    }
  })

  test('158 pages carry the legacy notice as a flag; the index pages do not', () => {
    const flagged = converted.filter(([, page]) => page.legacyNotice)
    expect(flagged).toHaveLength(158)
    expect(converted.filter(([file, page]) => !page.legacyNotice).every(([file]) => file.endsWith('index.md'))).toBe(true)
  })

  test.each([
    ['{admonition}', '{admonition}'],
    ['{toctree}', '{toctree}'],
    ['a ::: fence', ':::'],
    ['{.backtick}', '{.backtick}'],
    ['the legacy notice', 'migrated from the old MoinMoin-based wiki'],
  ])('no prose text contains %s', (_name, needle) => {
    for (const [file, page] of converted) {
      const hits = proseTexts(page.body).filter((text) => text.includes(needle))
      expect([file, hits]).toEqual([file, []])
    }
  })

  test('no prose text contains a backslash escape', () => {
    for (const [file, page] of converted) {
      const hits = proseTexts(page.body).filter((text) => /\\[!-/:-@[-`{-~]/.test(text))
      expect([file, hits]).toEqual([file, []])
    }
  })

  test('links with spaces in the target are links: `](` is left only where pandoc escaped the brackets', () => {
    const hits = converted.flatMap(([file, page]) => proseTexts(page.body).filter((text) => text.includes('](')).map(() => file))
    expect(hits).toEqual(['psf/working-groups/Packaging/2020-02-13-pip.md'])
    const funding = converted.find(([file]) => file === 'psf/working-groups/Project Funding.md')![1]
    const hrefs = funding.body.flatMap((block) => (block._type === 'block' ? block.markDefs.map((def) => ('href' in def ? def.href : '')) : []))
    expect(hrefs).toContain('https://wiki.python.org/psf/Project Funding/Charter')
  })

  test('exactly 7 tables, every cell kept', () => {
    const tables = converted.flatMap(([, page]) => page.body.filter((block) => block._type === 'table'))
    expect(tables).toHaveLength(7)
    expect(converted.reduce((sum, [, page]) => sum + countTables(page.body), 0)).toBe(7)
    for (const table of tables) {
      if (table._type !== 'table') continue
      const width = table.rows[0].cells.length
      for (const row of table.rows) expect(row.cells).toHaveLength(width)
    }
  })

  test('toctrees are entries, in order, without options', () => {
    const index = converted.find(([file]) => file === 'psf/working-groups/index.md')?.[1]
    expect(index?.toctree.length).toBeGreaterThan(0)
    for (const [, page] of converted) for (const entry of page.toctree) expect(entry.startsWith(':')).toBe(false)
  })

  test('is deterministic', () => {
    const [file, page] = converted[0]
    const again = convertPage(pages[0].text, {fallbackTitle: path.basename(file, '.md'), path: file})
    expect(again).toEqual(page)
  })
})
