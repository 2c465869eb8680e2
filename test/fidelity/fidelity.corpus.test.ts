import path from 'node:path'
import {convertPage} from '../../importer/convert/convertPage.ts'
import {textFidelity} from '../../importer/fidelity/textFidelity.ts'
import {corpusFiles} from '../support/corpus.ts'

const THRESHOLD = 0.995

function score(pages: ReturnType<typeof corpusFiles>) {
  return pages.map((page) => {
    const converted = convertPage(page.text, {fallbackTitle: path.basename(page.path, '.md'), path: page.path})
    return {path: page.path, ...textFidelity(page.text, converted)}
  })
}

describe('text fidelity on the real corpus', () => {
  test('every psf/working-groups page keeps >= 99.5 % of its source words', () => {
    const results = score(corpusFiles('psf/working-groups'))
    expect(results).toHaveLength(175)
    const low = results.filter((result) => result.score < THRESHOLD)
    expect(low).toEqual([])
  })

  test('>= 99 % of psf/ and python/ pages keep >= 99.5 % of their words', () => {
    const results = score(corpusFiles('psf', 'python'))
    const good = results.filter((result) => result.score >= THRESHOLD).length
    const low = results.filter((result) => result.score < THRESHOLD).sort((a, b) => a.score - b.score)
    const mean = results.reduce((sum, result) => sum + result.score, 0) / results.length
    console.log(
      `text fidelity: ${good}/${results.length} pages >= ${THRESHOLD} (${((100 * good) / results.length).toFixed(2)} %), ` +
        `mean ${mean.toFixed(5)}; below: ${low.map((result) => `${result.path} ${result.score.toFixed(4)} [${result.missing.slice(0, 5).join(' ')}]`).join('; ') || 'none'}`,
    )
    expect(good / results.length).toBeGreaterThanOrEqual(0.99)
  })
})
