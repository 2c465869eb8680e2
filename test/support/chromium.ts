import {existsSync} from 'node:fs'
import {chromium, type Browser, type BrowserContext} from 'playwright-core'

/** Debian's Chromium (`apt-get install -y chromium`; .ci/run installs it). */
export const CHROMIUM = '/usr/bin/chromium'

/** Headless, and nothing that reaches for the network on its own (this machine has none). */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic']

/**
 * Starts Debian's Chromium through playwright-core (with a fresh temporary profile), or fails
 * with what to install: a browser test never passes by not running.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: run \`apt-get update && apt-get install -y chromium\` (as .ci/run does)`)
  }
  return chromium.launch({executablePath: CHROMIUM, headless: true, args: ARGS})
}

/** Lets a browser context reach this machine only (127.0.0.1, localhost, *.localhost); everything else is refused. */
export async function loopbackOnly(context: BrowserContext): Promise<BrowserContext> {
  await context.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname
    return host === '127.0.0.1' || host === 'localhost' || host.endsWith('.localhost') ? route.continue() : route.abort()
  })
  return context
}
