import {existsSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {buildSync} from 'esbuild'

/** The product code: what ships, as opposed to tests, benches and scripts. */
const PRODUCT_FOLDERS = ['importer', 'push', 'dataset', 'server', 'schemas', 'studio', 'queries']
const ROOT = process.cwd()

function sourceFiles(folder: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(folder)) {
    const full = path.join(folder, entry)
    if (statSync(full).isDirectory()) files.push(...sourceFiles(full))
    else if (/\.tsx?$/.test(entry) && !entry.endsWith('.d.ts')) files.push(full)
  }
  return files
}

/**
 * Relative imports of every product file as esbuild resolves them when it bundles the tree
 * (packages left external): static imports, `export … from` and dynamic `import()` that stay
 * in the JavaScript. Type-only imports are erased, as at run time.
 */
function importGraph(): Map<string, string[]> {
  const files = PRODUCT_FOLDERS.map((folder) => path.join(ROOT, folder))
    .filter((folder) => existsSync(folder))
    .flatMap(sourceFiles)
  const {metafile} = buildSync({
    entryPoints: files,
    bundle: true,
    packages: 'external',
    metafile: true,
    write: false,
    outdir: path.join(ROOT, '.architecture-unused'),
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    loader: {'.svg': 'empty', '.css': 'empty'},
  })
  const graph = new Map<string, string[]>()
  for (const [input, {imports}] of Object.entries(metafile.inputs)) {
    const file = path.resolve(ROOT, input)
    if (!files.includes(file)) continue
    graph.set(file, [...new Set(imports.filter((entry) => !entry.external).map((entry) => path.resolve(ROOT, entry.path)))])
  }
  return graph
}

/** Strongly connected components with more than one module (or a module importing itself): Tarjan's algorithm, iterative. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const found: string[][] = []
  let counter = 0
  for (const start of graph.keys()) {
    if (index.has(start)) continue
    const work: Array<{node: string; next: number}> = [{node: start, next: 0}]
    index.set(start, counter)
    low.set(start, counter++)
    stack.push(start)
    onStack.add(start)
    while (work.length > 0) {
      const frame = work[work.length - 1]
      const edges = graph.get(frame.node) ?? []
      if (frame.next < edges.length) {
        const target = edges[frame.next++]
        if (!index.has(target)) {
          index.set(target, counter)
          low.set(target, counter++)
          stack.push(target)
          onStack.add(target)
          work.push({node: target, next: 0})
        } else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!))
        continue
      }
      work.pop()
      if (work.length > 0) {
        const parent = work[work.length - 1].node
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!))
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = []
        let member: string
        do {
          member = stack.pop()!
          onStack.delete(member)
          component.push(member)
        } while (member !== frame.node)
        if (component.length > 1 || edges.includes(frame.node)) found.push(component.map((file) => path.relative(ROOT, file)).sort())
      }
    }
  }
  return found
}

test('architecture: the import graph of product code has its modules and edges', () => {
  const graph = importGraph()
  // A graph read wrongly (no files, no edges) would have no cycle either.
  expect(graph.size).toBeGreaterThan(200)
  const convertPage = graph.get(path.join(ROOT, 'importer/convert/convertPage.ts'))
  expect(convertPage?.map((file) => path.relative(ROOT, file))).toContain('importer/convert/convertBlocks.ts')
})

test('architecture: no import cycle in product code', () => {
  const named = cycles(importGraph()).map((component) => component.join(' ↔ '))
  expect(named).toEqual([])
})

test('architecture: the cycle finder names a cycle it is given', () => {
  const graph = new Map([
    [path.join(ROOT, 'a.ts'), [path.join(ROOT, 'b.ts')]],
    [path.join(ROOT, 'b.ts'), [path.join(ROOT, 'c.ts')]],
    [path.join(ROOT, 'c.ts'), [path.join(ROOT, 'a.ts')]],
    [path.join(ROOT, 'd.ts'), [path.join(ROOT, 'a.ts')]],
  ])
  expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']])
})
