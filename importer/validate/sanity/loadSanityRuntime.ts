import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {writeFileAtomic} from '../../../dataset/writeFileAtomic.ts'
import {runtimeBundleFile} from './runtimeBundleFile.ts'

/** What validation uses of sanity, with the project's schema: the exports of `runtimeEntry.ts`. */
export type SanityRuntime = typeof import('./runtimeEntry.ts')

const here = path.dirname(fileURLToPath(import.meta.url))
const projectRoot = path.resolve(here, '../../..')
const cacheDir = path.join(projectRoot, 'node_modules/.cache/sanity-runtime')
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
  let file = inputs && runtimeBundleFile(projectRoot, inputs, cacheDir)
  if (!file || !existsSync(file)) {
    // esbuild and swc are loaded only to build, not to use a built bundle.
    const {buildSanityRuntime} = await import('./buildSanityRuntime.ts')
    const built = await buildSanityRuntime(projectRoot)
    file = runtimeBundleFile(projectRoot, built.inputs, cacheDir)!
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

/** The project files the last build in this checkout read (relative to the project root). */
export function readManifest(): string[] | undefined {
  try {
    return (JSON.parse(readFileSync(manifestFile, 'utf8')) as {inputs: string[]}).inputs
  } catch {
    return undefined
  }
}

/** `npm install` runs this file (postinstall), so that the first import does not wait for the build. */
if (import.meta.main) {
  // Never fail the install for it: without the devDependencies (esbuild, swc) there is nothing to
  // build with, and the first validation says so itself.
  await loadSanityRuntime().catch((error: unknown) => console.warn(`sanity runtime not built now (the first validation builds it): ${(error as Error).message}`))
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
