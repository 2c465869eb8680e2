import {WORKING_GROUPS} from '../support/corpus.ts'
import {importCorpus} from '../support/importCorpus.ts'
import {runVerify} from '../../verify/runVerify.ts'

/**
 * The working-groups tree, imported by the importer's own entry point and verified against
 * executablebooks' JS MyST parser: no page may differ outside the named categories.
 */
describe('verify on the real working-groups tree', () => {
  test('verify: every page of psf/working-groups matches the independent parser outside the named categories', async () => {
    const {file} = await importCorpus([WORKING_GROUPS])
    const report = runVerify({sources: [WORKING_GROUPS], dataset: file})
    expect(report.summary.pages).toBe(175)
    expect(report.errors).toEqual([])
    const differing = report.pages
      .filter((page) => page.status !== 'same' && page.status !== 'explained')
      .map((page) => `${page.sourcePath}: ${page.error ?? [...(page.examples ?? []), ...(page.words?.missingWords ?? []).map((w) => `missing word ${w}`)].join('; ')}`)
    expect(differing).toEqual([])
    // Every page has the constructs the categories name counted, never silently: the legacy
    // notice on 158 pages, the toctree on the group index pages.
    expect(report.summary.categories['legacy-notice']?.pages).toBe(158)
  })
})
