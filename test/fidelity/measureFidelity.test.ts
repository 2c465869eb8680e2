import {convertPage} from '../../importer/convert/convertPage.ts'
import {measureFidelity} from '../../importer/fidelity/measureFidelity.ts'
import type {ImportedDocument, PageRecord} from '../../importer/types.ts'

function measure(source: string, edit: (document: ImportedDocument) => void = () => {}) {
  const page = convertPage(source, {fallbackTitle: 'T', path: 'psf/T.md'})
  const record: PageRecord = {file: {path: 'psf/T.md', absolutePath: '/wiki/psf/T.md', text: source}, page}
  const document: ImportedDocument = {
    _id: 'legacyPage.t',
    _type: 'legacyPage',
    title: page.title,
    slug: {_type: 'slug', current: 't'},
    provenance: {_type: 'provenance', sourcePath: 'psf/T.md'},
    body: structuredClone(page.body),
  }
  edit(document)
  return measureFidelity(record, document)
}

const SOURCE = '# Title\n\nOne two three. Three **four** [five](https://example.org/).\n\n- six\n- seven seven\n'

describe('measureFidelity', () => {
  test('a document that kept every word scores 1', () => {
    expect(measure(SOURCE)).toEqual({score: 1, missing: []})
  })

  test('a lost word is counted and named, in source order, once', () => {
    const result = measure(SOURCE, (document) => {
      const text = JSON.stringify(document.body).replace(/\bseven\b/g, '').replace('Three', 'Tree')
      document.body = JSON.parse(text)
    })
    // 10 words (title 1, paragraph 6, items 3); one "three" and both "seven" lost.
    expect(result.missing).toEqual(['three', 'seven'])
    expect(result.score).toBe(0.7)
  })

  test('words moved from the body into another field still count', () => {
    expect(
      measure(SOURCE, (document) => {
        document.body = []
        document.summary = 'one two three three four five six seven seven'
      }),
    ).toEqual({score: 1, missing: []})
  })
})
