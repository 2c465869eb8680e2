import {mkdirSync} from 'node:fs'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {ensureStudioBuild} from '../../scripts/studioBuild.ts'
import {startStudioEndpoint, type StudioEndpoint} from '../../server/studio/startStudioEndpoint.ts'
import {dataset, projectId} from '../../studio/env.ts'
import {launchChromium, loopbackOnly} from './chromium.ts'
import {importCorpus} from './importCorpus.ts'

/** The real Studio served offline over the imported working-groups tree, and a browser for it. */
export interface OfflineStudio {
  browser: Browser
  endpoint: StudioEndpoint
  /** The dataset file the endpoint reads and writes (a private copy of the import). */
  file: string
  /** A new page in its own browser context that reaches only this machine. */
  openPage(): Promise<Page>
  close(): Promise<void>
}

/**
 * Builds the Studio (reused while its sources are unchanged), imports the working-groups tree
 * exactly as `npm run import` writes it, serves both as `npm run studio` does, and starts Chromium.
 */
export async function startOfflineStudio(): Promise<OfflineStudio> {
  const browser = await launchChromium()
  const [build, imported] = await Promise.all([ensureStudioBuild(), importCorpus()])
  const endpoint = await startStudioEndpoint({file: imported.file, reportFile: imported.reportFile, dataset, projectId, studioDir: build.dir, port: 0})
  return {
    browser,
    endpoint,
    file: imported.file,
    async openPage() {
      const context = await browser.newContext({viewport: {width: 1600, height: 1000}})
      await loopbackOnly(context)
      return context.newPage()
    },
    async close() {
      await browser.close()
      await endpoint.close()
    },
  }
}

/** What a Studio suite's tests work with: the endpoint, its dataset file, an editor's window and a second one watching. */
export interface StudioSession {
  endpoint: StudioEndpoint
  file: string
  editor: Page
  watcher: Page
  /** Saves a screenshot of `page` as `<name>.png` in the suite's folder. */
  shot(page: Page, name: string): Promise<Buffer>
}

/**
 * Registers the suite's `beforeAll` (the offline Studio started, two windows opened, `ready`
 * handed the session) and `afterAll` (all of it closed), so that each Studio suite sets them up
 * the same way.
 */
export function studioSuite(screenshots: string, timeoutMs: number, ready: (session: StudioSession) => void): void {
  let studio: OfflineStudio | undefined
  beforeAll(async () => {
    // The dataset exactly as `npm run import` writes it, in a temporary folder, served as `npm run studio` serves it.
    studio = await startOfflineStudio()
    const [editor, watcher] = await Promise.all([studio.openPage(), studio.openPage()])
    mkdirSync(screenshots, {recursive: true})
    ready({endpoint: studio.endpoint, file: studio.file, editor, watcher, shot: (page, name) => page.screenshot({path: path.join(screenshots, `${name}.png`)})})
  }, timeoutMs)
  afterAll(async () => {
    await studio?.close()
  })
}

/** Polls `read` until it returns `expected` or time runs out; returns the last value for the assertion. */
export async function until<T>(read: () => T | Promise<T>, expected: T, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await read()
  }
  return value
}
