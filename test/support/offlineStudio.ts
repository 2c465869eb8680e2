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
