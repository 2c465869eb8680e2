import {convertPage} from '../importer/convert/convertPage.ts'

/** A pathological page: `unit` repeated to the size after an optional head. */
interface Pattern {
  name: string
  unit: string
  head?: string
  /** Builds the page itself, for patterns that grow in width rather than by repetition. */
  build?: (bytes: number) => string
}

/** How many times `unit` fits in `bytes`. */
const times = (unit: string, bytes: number) => Math.ceil(bytes / unit.length)

/**
 * Inputs on which a rule that scans ahead from every start line, or rescans a line from every
 * position, takes time quadratic in the page size. Each is a construct the importer's own rules
 * read (importer/parse/), left unfinished so that the look-ahead fails.
 */
export const GROWTH_PATTERNS: Pattern[] = [
  // A dash line opens a headerless simple table; none of them is ever closed.
  {name: 'dash-line tables with blank lines', unit: '----\nx\n\n'},
  // `[` + `(` whose `)` never comes, all on one line.
  {name: 'spaced links, one line', unit: '[a](b c '},
  // Each link's parentheses nest the next one's; `javascript:` makes every one of them refused.
  {name: 'nested refused spaced links', unit: '', build: (bytes) => `${'[a](javascript:x '.repeat(times('[a](javascript:x )', bytes))}${')'.repeat(times('[a](javascript:x )', bytes))}`},
  // Divs that are never closed, one inside the other.
  {name: 'unclosed fenced divs', unit: '::: note\ntext\n\n'},
  // Divs opened and closed, one after the other.
  {name: 'closed fenced divs', unit: '::: note\ntext\n:::\n\n'},
  // List items that each open a grid table; the last line is no border, so none is closed.
  {name: 'grid tables without a closing border', unit: '+ +---+---+\n| a | b |\n'},
  // One list item continued by lazy lines and indented paragraphs.
  {name: 'list continuations', unit: '  more text\n\n  a paragraph\n', head: '- item\n'},
  // A header line over a dash line, the start of a table with its header first, never closed.
  {name: 'header-first tables', unit: '  a   b\n----- ----\n'},
  // MoinMoin icon look-alikes, none finished.
  {name: 'moin icons, unfinished', unit: '![:)](/wiki/x/img/smile.png "'},
  // `/wiki/` icon paths each holding the next icon, never finished.
  {name: 'moin icon paths, nested', unit: '![a](/wiki/'},
  // Image and link openers that never close: markdown-it's own label scan (not an importer rule).
  {name: 'image openers (markdown-it)', unit: '![a '},
  // Grid and simple tables with very wide rows (the cost is in the width of a line).
  {
    name: 'wide grid table',
    unit: '',
    build: (bytes) => {
      const columns = times('+---', bytes / 3)
      return `${'+---'.repeat(columns)}+\n${'| a '.repeat(columns)}|\n${'+---'.repeat(columns)}+\n`
    },
  },
  {
    name: 'wide simple table',
    unit: '',
    build: (bytes) => {
      const columns = times('--- ', bytes / 3)
      return `${'ab  '.repeat(columns)}\n${'--- '.repeat(columns)}\n${'cd  '.repeat(columns)}\n`
    },
  },
  // Directives nested as deep as their fences allow (each level one backtick longer), half the
  // page text at the bottom: each level parses its body again.
  {
    name: 'nested directives',
    unit: '',
    build: (bytes) => {
      const depth = Math.floor(Math.sqrt(bytes / 2))
      const fences = Array.from({length: depth}, (_, level) => '`'.repeat(depth + 3 - level))
      const text = 'words in the innermost note\n'.repeat(times('words in the innermost note\n', bytes / 2))
      return `${fences.map((fence) => `${fence}{note}\n`).join('')}${text}${fences.reverse().join('\n')}\n`
    },
  },
  // A list 1,000 deep stops at the nesting guard; the rest is one overflow token.
  {name: 'nesting beyond the guard', unit: '', build: (bytes) => `${'> - '.repeat(times('> - ', bytes))}x\n`},
]

/** `pattern` grown to at least `bytes` characters. */
export function buildPattern(pattern: Pattern, bytes: number): string {
  if (pattern.build) return pattern.build(bytes)
  const head = pattern.head ?? ''
  return `${head}${pattern.unit.repeat(times(pattern.unit, bytes - head.length))}`
}

/**
 * Conversions per size; the figure is the fastest. Growth is a property of the rules, and what
 * slows a single conversion down — a garbage collection of what earlier runs left, the other
 * work on a shared machine — is not: the fastest of several is the least disturbed (as
 * Python's `timeit` advises). The median of three swayed one pattern's mean from 2.10x to 2.55x
 * between two runs of the same code.
 */
const RUNS = 5
/** Stop doubling a pattern whose last size took longer than this (the old quadratic rules). */
const GIVE_UP_MS = 20_000

function timeConvert(source: string): number {
  const start = performance.now()
  convertPage(source, {fallbackTitle: 'Growth', path: 'growth.md'})
  return performance.now() - start
}

/**
 * Time in page size of every pattern: n, 2n, 4n and 8n (n = `GROWTH_BASE_KB`, default 128 KB;
 * `GROWTH_ONLY=text` keeps the patterns whose name holds it),
 * each the fastest of RUNS conversions in this process, and the growth per doubling. A linear
 * rule doubles its time (2x); a quadratic one quadruples it. Target: at most 2.5x per doubling.
 */
export function benchGrowth(): string[] {
  const base = Number(process.env.GROWTH_BASE_KB ?? 128) * 1024
  const lines = [`growth: convertPage time per page size (fastest of ${RUNS}), ratio per doubling (target <= 2.5x)`]
  timeConvert(buildPattern(GROWTH_PATTERNS[0]!, base)) // warm-up: JIT and lazy initialisation
  let worst = 0
  const only = process.env.GROWTH_ONLY
  for (const pattern of GROWTH_PATTERNS.filter((candidate) => !only || candidate.name.includes(only))) {
    const times: number[] = []
    for (const factor of [1, 2, 4, 8]) {
      const source = buildPattern(pattern, base * factor)
      const runs: number[] = []
      for (let run = 0; run < RUNS; run++) runs.push(timeConvert(source))
      times.push(Math.min(...runs))
      if (times[times.length - 1]! > GIVE_UP_MS) break
    }
    const ratios = times.slice(1).map((time, i) => time / times[i]!)
    // The mean growth per doubling, n to 8n: one noisy size on a shared machine sways it less
    // than it sways a single doubling.
    const mean = (times[times.length - 1]! / times[0]!) ** (1 / Math.max(1, times.length - 1))
    worst = Math.max(worst, mean)
    const sizes = times.map((time, i) => `${(base << i) / 1024} KB ${time.toFixed(0)} ms`).join(', ')
    lines.push(`  ${pattern.name.padEnd(38)} ${sizes}; per doubling ${ratios.map((ratio) => `${ratio.toFixed(2)}x`).join(' ')}, mean ${mean.toFixed(2)}x`)
  }
  lines.push(`  worst mean growth per doubling: ${worst.toFixed(2)}x (target <= 2.5x; linear is 2x, quadratic 4x)`)
  return lines
}
