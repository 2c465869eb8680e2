/**
 * Prints, for the wiki folders given (default `psf python`), the constructs whose structure the
 * converter must keep — list items, images, heading levels — as executablebooks' MyST parser
 * (mdast) reads them and as the converted documents hold them, the pages that differ, and any
 * `:::` left in the documents' prose. `VERBOSE=1` lists the pages.
 *
 *   npm run structure-counts -- [psf python ...]
 */
import {corpusFiles} from '../test/support/corpus.ts'
import {compareStructure} from '../test/support/structureCounts.ts'

const folders = process.argv.slice(2)
const result = compareStructure(corpusFiles(...(folders.length > 0 ? folders : ['psf', 'python'])))
const {myst, documents, differing} = result
const column = (value: number | string, width: number) => String(value).padStart(width)

console.log(
  `${result.pages} pages; compared with myst-parser: ${result.pages - result.apart.length} ` +
    `(${result.divsUnwrapped.length} of them with their ::: fence lines removed); ` +
    `apart (pandoc tables, which myst-parser reads as text): ${result.apart.length}`,
)
console.log('construct        myst-parser   documents   pages differing')
for (const key of ['bulletItems', 'numberItems', 'images'] as const) {
  console.log(`${key.padEnd(16)} ${column(myst[key], 11)} ${column(documents[key], 11)} ${column(differing[key].length, 17)}`)
}
for (const level of ['h2', 'h3', 'h4', 'h5', 'h6']) {
  console.log(`${level.padEnd(16)} ${column(myst.headings[level] ?? 0, 11)} ${column(documents.headings[level] ?? 0, 11)}`)
}
console.log(`pages whose heading levels differ: ${differing.headings.length}`)
console.log(`every page: image tokens (icons excluded) ${result.imageTokens}, images in the documents ${result.documentImages}, pages with fewer images than myst-parser finds: ${result.imagesLost.length}`)
console.log(`':::' left in prose: ${result.colons.length}`)
if (process.env.VERBOSE) {
  for (const [key, pages] of Object.entries(differing)) for (const page of pages) console.log(`  ${key}: ${page}`)
  for (const page of result.imagesLost) console.log(`  images lost: ${page}`)
  for (const {path, text} of result.colons) console.log(`  ':::' ${path}: ${JSON.stringify(text.slice(0, 100))}`)
}
