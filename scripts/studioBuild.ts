/**
 * Builds the Studio with only its `local` workspace (SANITY_STUDIO_LOCAL=1) into
 * `.sanity/local-studio`, or reuses the build there when the sources it was built from have not
 * changed (a hash of the config, schema, studio folder, lockfile and Studio environment).
 */
import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'

/** Where the local Studio is built. `.sanity/` is ignored by git and left alone by `npm run build`. */
export const STUDIO_BUILD_DIR = path.resolve('.sanity/local-studio')
const HASH_FILE = '.source-hash'
// The Studio bundle also takes the shared renderer, the query library and the reference walker.
const SOURCES = ['sanity.config.ts', 'sanity.cli.ts', 'package-lock.json', 'studio', 'schemas', 'render', 'queries', 'dataset', 'sanity.types.ts']

/** Returns the build folder, building first when there is no build of the current sources. */
export async function ensureStudioBuild(options: {force?: boolean; log?: (message: string) => void} = {}): Promise<{dir: string; built: boolean; ms: number}> {
  const started = performance.now()
  const hash = sourceHash()
  const hashFile = path.join(STUDIO_BUILD_DIR, HASH_FILE)
  const current = existsSync(hashFile) && existsSync(path.join(STUDIO_BUILD_DIR, 'index.html')) ? readFileSync(hashFile, 'utf8') : undefined
  if (!options.force && current === hash) return {dir: STUDIO_BUILD_DIR, built: false, ms: performance.now() - started}
  options.log?.('Building the local Studio (sanity build)…')
  // Built beside the target and moved into place, so that two builds at once (two test files, or
  // a test and `npm run studio`) never write into the same folder.
  const temp = `${STUDIO_BUILD_DIR}.${process.pid}.tmp`
  try {
    await promisify(execFile)(path.resolve('node_modules/.bin/sanity'), ['build', temp, '--yes'], {
      env: {...process.env, DO_NOT_TRACK: '1', SANITY_STUDIO_LOCAL: '1'},
      maxBuffer: 64 * 1024 * 1024,
    })
    writeFileSync(path.join(temp, HASH_FILE), hash)
    rmSync(STUDIO_BUILD_DIR, {recursive: true, force: true})
    try {
      renameSync(temp, STUDIO_BUILD_DIR)
    } catch (error) {
      // Another build of the same sources got there first: theirs is as good as ours.
      if (!existsSync(hashFile) || readFileSync(hashFile, 'utf8') !== hash) throw error
    }
  } finally {
    rmSync(temp, {recursive: true, force: true})
  }
  return {dir: STUDIO_BUILD_DIR, built: true, ms: performance.now() - started}
}

/** Everything the build depends on besides node_modules: files, plus the Studio's environment. */
function sourceHash(): string {
  const hash = createHash('sha256')
  for (const [name, value] of Object.entries(process.env).sort()) if (name.startsWith('SANITY_STUDIO_')) hash.update(`${name}=${value}\n`)
  for (const file of SOURCES.flatMap((source) => listFiles(path.resolve(source)))) {
    hash.update(`${path.relative(process.cwd(), file)}\n`)
    hash.update(readFileSync(file))
  }
  return hash.digest('hex')
}

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return []
  if (!statSync(entry).isDirectory()) return [entry]
  return readdirSync(entry, {withFileTypes: true})
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((child) => listFiles(path.join(entry, child.name)))
}
