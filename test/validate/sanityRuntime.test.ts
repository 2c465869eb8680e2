import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {loadSanityRuntime, readManifest} from '../../importer/validate/sanity/loadSanityRuntime.ts'
import {runtimeBundleFile} from '../../importer/validate/sanity/runtimeBundleFile.ts'
import {schemaTypes} from '../../schemas/index.ts'

function schemaFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? schemaFiles(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
  )
}

test('runtimeBundleFile: the cached bundle is named by its inputs as they are now, so it is never stale', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'runtime-key-'))
  try {
    writeFileSync(path.join(root, 'a.ts'), 'export const a = 1\n')
    writeFileSync(path.join(root, 'b.ts'), 'export const b = 1\n')
    const name = () => runtimeBundleFile(root, ['a.ts', 'b.ts'], '/cache')
    const first = name()
    expect(first).toMatch(/^\/cache\/runtime-[0-9a-f]{32}\.mjs$/)
    expect(name()).toBe(first)
    writeFileSync(path.join(root, 'b.ts'), 'export const b = 2\n')
    const edited = name()
    expect(edited).not.toBe(first)
    writeFileSync(path.join(root, 'b.ts'), 'export const b = 1\n')
    expect(name()).toBe(first)
    rmSync(path.join(root, 'a.ts'))
    expect(name()).toBeUndefined()
  } finally {
    rmSync(root, {recursive: true, force: true})
  }
})

test('loadSanityRuntime: the bundle holds the schema of schemas/ as it is, and names every schema file among its inputs', async () => {
  const runtime = await loadSanityRuntime()
  expect(runtime.schemaTypes.map((type) => type.name)).toEqual(schemaTypes.map((type) => type.name))
  expect(JSON.stringify(runtime.schemaTypes)).toBe(JSON.stringify(schemaTypes))
  const inputs = readManifest()!
  const expected = schemaFiles(path.resolve('schemas')).map((file) => path.relative(process.cwd(), file))
  expect(inputs).toEqual(expect.arrayContaining(expected))
  expect(inputs).toContain(path.join('importer', 'validate', 'sanity', 'runtimeEntry.ts'))
  // The bundle is Sanity's rule code, not the Studio: a small fraction of the sanity package.
  expect(typeof runtime.ConcreteRuleClass).toBe('function')
  expect(typeof runtime.createSchema).toBe('function')
})
