import path from 'node:path'
import {runImport, type ImportResult} from '../../importer/pipeline.ts'
import {CORPUS, requireCorpus} from '../fixtures/structure/corpus.ts'

let result: ImportResult
let ms: number

beforeAll(async () => {
  requireCorpus()
  const start = performance.now()
  result = await runImport({sources: [path.join(CORPUS, 'psf'), path.join(CORPUS, 'python')], siteUrl: 'https://wiki.python.org/', maxFileBytes: 5 * 1024 * 1024})
  ms = performance.now() - start
}, 300_000)

/** Every object of a value, depth first. */
function* objects(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const item of value) yield* objects(item)
  else if (value && typeof value === 'object') {
    yield value as Record<string, unknown>
    for (const child of Object.values(value)) yield* objects(child)
  }
}

describe('psf + python corpus', () => {
  test('every one of the 3,123 pages becomes one valid document', () => {
    expect(result.report.files).toHaveLength(3123)
    expect(result.report.files.filter((file) => file.status !== 'imported')).toEqual([])
    expect(result.documents).toHaveLength(3123)
    expect(new Set(result.documents.map((document) => document._id)).size).toBe(3123)
    expect(new Set(result.documents.map((document) => document.slug.current)).size).toBe(3123)
    // Timing is printed for the curious; the benchmark (npm run bench) is where speed is judged.
    console.info(`whole import of ${result.documents.length} pages: ${Math.round(ms)} ms`)
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
    const dangling = result.documents.flatMap((document) => [...objects(document)].map((object) => object._ref).filter((ref) => typeof ref === 'string' && !ids.has(ref)))
    expect(dangling).toEqual([])
  })

  test('internal links, for the record', () => {
    const internal = result.documents.reduce((sum, document) => sum + [...objects(document)].filter((object) => object._type === 'internalLink').length, 0)
    console.info(`internal links: ${internal}`)
    expect(internal).toBeGreaterThan(1000)
  })
})
