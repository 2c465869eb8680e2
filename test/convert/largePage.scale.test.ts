import {convertPage} from '../../importer/convert/convertPage.ts'

/**
 * The pathological patterns of `npm run bench` (bench/growth.ts), each unit numbered so that
 * every word of the page is distinct: a word the converter dropped cannot hide behind a copy.
 */
const patterns: ((i: number) => string)[] = [
  (i) => `----\nd${i}\n\n`,
  (i) => `${Array.from({length: 20}, (_, k) => `[a${i}x${k}](b${i}x${k} c${i}x${k} `).join('')}\n\n`,
  (i) => `${Array.from({length: 20}, (_, k) => `[r${i}x${k}](javascript:j${i}x${k} `).join('')}${')'.repeat(20)}\n\n`,
  (i) => `::: note\nv${i}\n:::\n\n`,
  (i) => `+ +---+---+\n| g${i} | h${i} |\n`,
  (i) => `- item${i}\n  more${i}\n\n  para${i}\n`,
  (i) => `${Array.from({length: 20}, (_, k) => `![m${i}x${k}](/wiki/x/img/smile.png "t${i}x${k} `).join('')}\n\n`,
  (i) => `${Array.from({length: 20}, (_, k) => `![o${i}x${k} `).join('')}\n\n`,
  (i) => `  e${i}   f${i}\n------ ------\n\n`,
  (i) => `${'+------'.repeat(20)}+\n${Array.from({length: 20}, (_, k) => `| w${i}x${k} `.slice(0, 7).padEnd(7)).join('')}|\n`,
]

/** About `bytes` of the patterns in turn, a segment of each under its own heading; unclosed divs last. */
function pathologicalPage(bytes: number): string {
  const parts: string[] = ['# A pathological page\n\n']
  let size = 0
  let unit = 0
  for (let segment = 0; size < bytes; segment++) {
    const pattern = patterns[segment % patterns.length]!
    let text = `\n\n## Part ${segment}\n\n`
    while (text.length < 64 * 1024) text += pattern(unit++)
    parts.push(text)
    size += text.length
  }
  parts.push(Array.from({length: 100}, () => `::: note\nu${unit++}\n\n`).join(''))
  return parts.join('')
}

/** Every string value of a converted document but its `_key`s (texts, hrefs, cells, code all count). */
function allText(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const item of value) allText(item, out)
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) if (key !== '_key') allText(item, out)
  return out
}

const words = (text: string) => new Set(text.match(/[A-Za-z0-9]+/g) ?? [])

// Speed is the benchmark's business (`npm run bench`, growth section); this checks completeness.
describe('convertPage on a 5 MB pathological page', () => {
  test('convertPage: every word of a 5 MB page of pathological patterns is in the document', () => {
    const source = pathologicalPage(5 * 1024 * 1024)
    expect(source.length).toBeGreaterThan(5 * 1024 * 1024)
    const page = convertPage(source, {fallbackTitle: 'Large', path: 'large.md'})
    const converted = words(allText(page.body, [page.title]).join(' '))
    const missing = [...words(source)].filter((word) => !converted.has(word))
    expect(missing.slice(0, 20)).toEqual([])
  })
})
