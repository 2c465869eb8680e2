import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {writeFileAtomic} from '../../../dataset/writeFileAtomic.ts'

/** What validation uses of sanity, with the project's schema: the exports of `runtimeEntry.ts`. */
export type SanityRuntime = typeof import('./runtimeEntry.ts')

const here = path.dirname(fileURLToPath(import.meta.url))
const projectRoot = path.resolve(here, '../../..')
const cacheDir = path.join(projectRoot, 'node_modules/.cache/sanity-runtime')
/** The build's own sources: a change to any of them is a change to every bundle. */
const BUILD_FILES = ['runtimeEntry.ts', 'buildSanityRuntime.ts', 'markTopLevelPure.ts'].map((file) => path.join(here, file))
/** Packages whose code or behaviour is in the bundle. */
const PACKAGES = ['sanity', '@sanity/schema', '@sanity/types', 'esbuild', '@swc/core']

/** Which project files the last build here read. The cache is shared by checkouts (worktrees), so the list is per checkout. */
const manifestFile = path.join(cacheDir, `inputs-${sha256(projectRoot).slice(0, 16)}.json`)

let loaded: Promise<SanityRuntime> | undefined
let ready: SanityRuntime | undefined

/**
 * Sanity's validation code and the project's schema, as a bundle built by `buildSanityRuntime` on
 * first use and cached in node_modules/.cache/sanity-runtime under a hash of everything it was
 * built from: the project files it bundled (schemas/ and what they import), the build's sources,
 * and the versions of the packages inside. A bundle is thus never stale: an edit to a schema file
 * or an upgrade of `sanity` gives another hash, hence a new build (a few seconds, once).
 */
export function loadSanityRuntime(): Promise<SanityRuntime> {
  return (loaded ??= load().catch((error: unknown) => {
    loaded = undefined
    throw error
  }))
}

async function load(): Promise<SanityRuntime> {
  const inputs = readManifest()
  let file = inputs && bundleFile(inputs)
  if (!file || !existsSync(file)) {
    // esbuild and swc are loaded only to build, not to use a built bundle.
    const {buildSanityRuntime} = await import('./buildSanityRuntime.ts')
    const built = await buildSanityRuntime(projectRoot)
    file = bundleFile(built.inputs)!
    writeFileAtomic(file, [built.code])
    writeFileAtomic(manifestFile, [JSON.stringify({inputs: built.inputs})])
  }
  return (ready = (await import(pathToFileURL(file).href)) as SanityRuntime)
}

/** The runtime, for synchronous code that runs only after `loadSanityRuntime()` resolved (the validator's rule compiler). */
export function loadedSanityRuntime(): SanityRuntime {
  if (!ready) throw new Error('the sanity runtime is not loaded yet: await loadSanityRuntime() first')
  return ready
}

function readManifest(): string[] | undefined {
  try {
    return (JSON.parse(readFileSync(manifestFile, 'utf8')) as {inputs: string[]}).inputs
  } catch {
    return undefined
  }
}

/** The bundle for these inputs as they are now; undefined when one of them is gone. */
function bundleFile(inputs: string[]): string | undefined {
  const hash = createHash('sha256')
  const require = createRequire(import.meta.url)
  for (const name of PACKAGES) hash.update(`${name}@${(require(`${name}/package.json`) as {version: string}).version}\n`)
  for (const file of [...BUILD_FILES, ...inputs.map((input) => path.join(projectRoot, input))]) {
    if (!existsSync(file)) return undefined
    hash.update(`${path.relative(projectRoot, file)}\n`).update(readFileSync(file)).update('\n')
  }
  return path.join(cacheDir, `runtime-${hash.digest('hex').slice(0, 32)}.mjs`)
}

/** `npm install` runs this file (postinstall), so that the first import does not wait for the build. */
if (import.meta.main) await loadSanityRuntime()

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
