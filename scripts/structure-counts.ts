/**
 * Prints, for the wiki folders given (default `psf python`), the constructs whose structure the
 * converter must keep — list items, images, heading levels — as executablebooks' MyST parser
 * (mdast) sees them and as the converted documents hold them, the pages that differ, and any
 * `:::` left in the documents' text.
 *
 *   node scripts/structure-counts.ts [psf python ...]
 */
import path from 'node:path'
import {convertPage} from '../importer/convert/convertPage.ts'
import {corpusFiles} from '../test/support/corpus.ts'
import {documentCounts, documentTexts, mystCounts, type StructureCounts} from '../test/support/structureCounts.ts'

const folders = process.argv.slice(2)
const files = corpusFiles(...(folders.length > 0 ? folders : ['psf', 'python']))
const total = {myst: zero(), doc: zero()}
const differing: Record<string, string[]> = {bulletItems: [], numberItems: [], images: [], headings: []}
let colonFences = 0
const colonPages: string[] = []

function zero(): StructureCounts {
  return {bulletItems: 0, numberItems: 0, images: 0, headings: {}}
}
function add(sum: StructureCounts, counts: StructureCounts): void {
  sum.bulletItems += counts.bulletItems
  sum.numberItems += counts.numberItems
  sum.images += counts.images
  for (const [key, value] of Object.entries(counts.headings)) sum.headings[key] = (sum.headings[key] ?? 0) + value
}

/**
 * Pages with pandoc `:::` divs or grid/simple tables: myst-parser reads a bare `:::` as a colon
 * fence and a grid table as text, so its counts there miss what the importer keeps on purpose
 * (the wiki's readers lost it too). Counted apart, never hidden.
 */
const PANDOC_BLOCKS = /^(?::::|\+-{3,}|-{3,} +-{3,})/m
const apart: string[] = []

for (const file of files) {
  if (PANDOC_BLOCKS.test(file.text)) {
    apart.push(file.path)
    countColons(file)
    continue
  }
  const page = convertPage(file.text, {fallbackTitle: path.basename(file.path, '.md'), path: file.path})
  const myst = mystCounts(file.text)
  const doc = documentCounts(page.body)
  add(total.myst, myst)
  add(total.doc, doc)
  for (const key of ['bulletItems', 'numberItems', 'images'] as const) if (myst[key] !== doc[key]) differing[key].push(`${file.path} (${myst[key]} vs ${doc[key]})`)
  if (JSON.stringify(Object.entries(myst.headings).sort()) !== JSON.stringify(Object.entries(doc.headings).sort())) differing.headings.push(file.path)
  countColons(file, page)
}

function countColons(file: (typeof files)[number], page = convertPage(file.text, {fallbackTitle: path.basename(file.path, '.md'), path: file.path})): void {
  const colons = documentTexts(page.body).filter((text) => text.includes(':::')).length
  if (colons > 0) {
    colonFences += colons
    colonPages.push(file.path)
  }
}

console.log(`${files.length} pages; compared: ${files.length - apart.length}; apart (pandoc ::: divs or tables, which myst-parser does not read as the importer does): ${apart.length}`)
console.log(`construct        myst-parser   documents   pages differing`)
for (const key of ['bulletItems', 'numberItems', 'images'] as const) {
  console.log(`${key.padEnd(16)} ${String(total.myst[key]).padStart(11)} ${String(total.doc[key]).padStart(11)} ${String(differing[key].length).padStart(17)}`)
}
for (const level of ['h2', 'h3', 'h4', 'h5', 'h6']) {
  console.log(`${level.padEnd(16)} ${String(total.myst.headings[level] ?? 0).padStart(11)} ${String(total.doc.headings[level] ?? 0).padStart(11)}`)
}
console.log(`pages whose heading levels differ: ${differing.headings.length}`)
console.log(`text blocks/strings holding ':::': ${colonFences} on ${colonPages.length} pages`)
if (process.env.VERBOSE) {
  for (const [key, pages] of Object.entries(differing)) for (const page of pages.slice(0, 40)) console.log(`  ${key}: ${page}`)
  for (const page of colonPages.slice(0, 40)) console.log(`  ':::': ${page}`)
}
