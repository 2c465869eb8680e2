import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {chromium, type Browser, type BrowserContext} from 'playwright-core'

/** Debian's Chromium, used when the machine has it and it starts. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/** Headless, and nothing that reaches for the network on its own (this machine has none). */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic']

const require = createRequire(import.meta.url)

/**
 * Starts a headless Chromium through playwright-core with a fresh temporary profile: Debian's
 * when it exists and runs, otherwise the build inside the npm package `@sparticuz/chromium`
 * (installed by `npm install`, so a fresh machine needs no system package). A browser test never
 * passes by not running: when neither starts, this throws with both reasons.
 */
export async function launchChromium(): Promise<Browser> {
  let debianFailure = `${DEBIAN_CHROMIUM} does not exist`
  if (existsSync(DEBIAN_CHROMIUM)) {
    try {
      return await chromium.launch({executablePath: DEBIAN_CHROMIUM, headless: true, args: ARGS})
    } catch (error) {
      debianFailure = `${DEBIAN_CHROMIUM} did not start: ${(error as Error).message.split('\n')[0]}`
    }
  }
  try {
    const {executablePath, args, fonts} = npmChromium()
    const env = {...process.env, FONTCONFIG_PATH: fonts}
    return await chromium.launch({executablePath, headless: true, args: [...new Set([...args, ...ARGS])], env})
  } catch (error) {
    throw new Error(`No Chromium starts: ${debianFailure}; @sparticuz/chromium: ${(error as Error).message}`)
  }
}

/**
 * The npm package's Chromium, unpacked once into `node_modules/.cache/` per package version.
 * The package unpacks into `os.tmpdir()` and writes the binary in place, so two test files
 * unpacking at once, or a run killed midway, could leave a torn binary that later runs would
 * trust. Hence: unpack in a child process whose TMPDIR is a fresh staging folder, then rename
 * the whole folder into place — a finished folder or none.
 */
function npmChromium(): {executablePath: string; args: string[]; fonts: string} {
  // The package's exports map hides its package.json; its folder is found from its entry point.
  const entry = require.resolve('@sparticuz/chromium')
  const nodeModules = entry.slice(0, entry.lastIndexOf(`${path.sep}@sparticuz${path.sep}`))
  const {version} = JSON.parse(readFileSync(path.join(nodeModules, '@sparticuz', 'chromium', 'package.json'), 'utf8')) as {version: string}
  const cacheRoot = path.join(nodeModules, '.cache', 'sparticuz-chromium')
  const folder = path.join(cacheRoot, version)
  const executablePath = path.join(folder, 'chromium')
  // Written last into the staging folder: its presence says the folder is whole.
  const argsFile = path.join(folder, 'args.json')
  if (!existsSync(argsFile)) {
    mkdirSync(cacheRoot, {recursive: true})
    const staging = mkdtempSync(path.join(cacheRoot, `${version}.staging-`))
    try {
      // One child process unpacks and prints the package's own launch flags.
      const script = "const c = (await import('@sparticuz/chromium')).default; await c.executablePath(); process.stdout.write(JSON.stringify(c.args))"
      const args = execFileSync(process.execPath, ['--input-type=module', '-e', script], {env: {...process.env, TMPDIR: staging}, encoding: 'utf8'})
      // The package's fonts.conf names /tmp/fonts; without fonts Chromium aborts on the first text it lays out.
      writeFileSync(path.join(staging, 'fonts', 'fonts.conf'), fontsConf(path.join(folder, 'fonts')))
      writeFileSync(path.join(staging, 'args.json'), args)
      // A folder without args.json is a copy of an earlier layout: replaced whole.
      if (existsSync(folder)) rmSync(folder, {recursive: true, force: true})
      try {
        renameSync(staging, folder)
      } catch (error) {
        // Another process put its own finished copy there first: use that one.
        if (!existsSync(argsFile)) throw error
      }
    } finally {
      rmSync(staging, {recursive: true, force: true})
    }
  }
  const args = JSON.parse(readFileSync(argsFile, 'utf8')) as string[]
  return {executablePath, args, fonts: path.join(folder, 'fonts')}
}

/** A fontconfig file for the unpacked fonts, with its cache beside them. */
function fontsConf(fonts: string): string {
  return `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${fonts}</dir>\n  <dir>/usr/share/fonts</dir>\n  <cachedir>${fonts}-cache</cachedir>\n</fontconfig>\n`
}

/** Lets a browser context reach this machine only (127.0.0.1, localhost, *.localhost); everything else is refused. */
export async function loopbackOnly(context: BrowserContext): Promise<BrowserContext> {
  await context.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname
    return host === '127.0.0.1' || host === 'localhost' || host.endsWith('.localhost') ? route.continue() : route.abort()
  })
  return context
}
