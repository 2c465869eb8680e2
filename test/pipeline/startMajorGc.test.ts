import path from 'node:path'
import {runImport, STAGES} from '../../importer/pipeline.ts'
import {FIXTURE_WIKI} from '../fixtures/structure/corpus.ts'

const globals = globalThis as {gc?: unknown}

test('runImport: starts a background major GC after each stage marked collectAfter, and runs without gc exposed', async () => {
  const calls: unknown[] = []
  const exposed = globals.gc
  const options = {sources: [path.join(FIXTURE_WIKI, 'psf/working-groups')], wikiRoot: FIXTURE_WIKI, siteUrl: 'https://wiki.example.org/', maxFileBytes: 1024 * 1024}
  try {
    globals.gc = (request: unknown) => calls.push(request)
    await runImport(options)
    delete globals.gc
    const without = await runImport(options)
    expect(without.exitCode).toBe(0)
  } finally {
    globals.gc = exposed
  }
  expect(STAGES.filter((stage) => stage.collectAfter).map((stage) => stage.name)).toEqual(['convert', 'fidelity'])
  expect(calls).toEqual([
    {type: 'major', execution: 'async'},
    {type: 'major', execution: 'async'},
  ])
})
