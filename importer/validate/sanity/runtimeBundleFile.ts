import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
/** The build's own sources: a change to any of them is a change to every bundle. */
const BUILD_FILES = ['runtimeEntry.ts', 'buildSanityRuntime.ts', 'markTopLevelPure.ts'].map((file) => path.join(here, file))
/** Packages whose code or behaviour is in the bundle. */
const PACKAGES = ['sanity', '@sanity/schema', '@sanity/types', 'esbuild', '@swc/core']

/**
 * Where the bundle built from `inputs` (project files, relative to `projectRoot`) as they are now
 * is, or would be, cached: a name made of the hash of their contents, the build's sources and the
 * versions of the packages inside. Undefined when one of the inputs is gone (a rebuild is due).
 */
export function runtimeBundleFile(projectRoot: string, inputs: readonly string[], cacheDir: string): string | undefined {
  const hash = createHash('sha256')
  const require = createRequire(import.meta.url)
  for (const name of PACKAGES) hash.update(`${name}@${(require(`${name}/package.json`) as {version: string}).version}\n`)
  for (const file of [...BUILD_FILES, ...inputs.map((input) => path.join(projectRoot, input))]) {
    if (!existsSync(file)) return undefined
    hash.update(`${path.relative(projectRoot, file)}\n`).update(readFileSync(file)).update('\n')
  }
  return path.join(cacheDir, `runtime-${hash.digest('hex').slice(0, 32)}.mjs`)
}
