import {assembleDocuments} from '../../importer/assemble/assembleDocuments.ts'
import type {AssembleResult} from '../../importer/assemble/types.ts'
import type {PageRecord} from '../../importer/types.ts'
import {CORPUS, readCorpusRecords} from '../fixtures/structure/corpus.ts'

let records: PageRecord[]
let result: AssembleResult
let ms: number

beforeAll(async () => {
  ;({records} = await readCorpusRecords('psf', 'python'))
  const start = performance.now()
  result = assembleDocuments(records, {wikiRoot: CORPUS, siteUrl: 'https://wiki.python.org/'})
  ms = performance.now() - start
}, 300_000)

describe('psf + python corpus', () => {
  test('every one of the 3,123 pages becomes one document, in a few seconds', () => {
    expect(records).toHaveLength(3123)
    expect(result.files.size).toBe(3123)
    expect(result.documents).toHaveLength(3123)
    expect(new Set(result.documents.map((document) => document._id)).size).toBe(3123)
    expect(new Set(result.documents.map((document) => document.slug.current)).size).toBe(3123)
    // Timing is printed for the curious; the benchmark (npm run bench) is where speed is judged.
    console.info(`structure stages on ${records.length} pages: ${Math.round(ms)} ms`)
  })

  test('the working groups keep their structure inside the bigger tree; everything else is a legacy page', () => {
    const groups = result.documents.filter((document) => document._type === 'workingGroup')
    expect(groups).toHaveLength(19)
    expect(result.documents.filter((document) => document._type === 'memberList')).toHaveLength(7)
    const outside = result.documents.filter((document) => !document.provenance.sourcePath.startsWith('psf/working-groups/'))
    expect(outside.every((document) => document._type === 'legacyPage' && (document as any).kind === 'legacy')).toBe(true)
  })

  test('no reference points at a document the import does not write', () => {
    const ids = new Set(result.documents.map((document) => document._id))
    const dangling: string[] = []
    const visit = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(visit)
      else if (value && typeof value === 'object') {
        const ref = (value as {_ref?: unknown})._ref
        if (typeof ref === 'string' && !ids.has(ref)) dangling.push(ref)
        Object.values(value).forEach(visit)
      }
    }
    result.documents.forEach(visit)
    expect(dangling).toEqual([])
  })

  test('link totals, for the record', () => {
    const totals: Record<string, number> = {}
    for (const file of result.files.values()) for (const [kind, n] of Object.entries(file.links)) totals[kind] = (totals[kind] ?? 0) + n
    console.info('links', totals)
    expect(totals.internal).toBeGreaterThan(1000)
  })
})
