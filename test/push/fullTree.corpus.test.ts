import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {ImportedDocument} from '../../importer/types.ts'
import {contentWrites, expectedDocuments, FAKE_TOKEN, lakeContent, pushTo} from '../support/contentLake/pushTo.ts'
import {startContentLake} from '../support/contentLake/startContentLake.ts'
import {importCorpus} from '../support/importCorpus.ts'

const TREE = path.resolve('../shared/corpus/psf-wiki/psf/working-groups')

/**
 * The whole working-groups tree through the importer, written to NDJSON and pushed with the real
 * default limits to the local Content Lake: the dataset then holds the NDJSON document for
 * document — the same ids, the same content, plus the import hash and with attachments as asset
 * references, references as strong as the importer made them — and a second push writes nothing.
 */
test('push: the working-groups tree lands in the dataset exactly as in the NDJSON output', async () => {
  if (!existsSync(TREE)) throw new Error(`The real wiki is missing: expected it at ${TREE} (see README)`)
  const lake = await startContentLake({token: FAKE_TOKEN})
  try {
    const {file} = await importCorpus([TREE])
    const ndjson = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as ImportedDocument)
    expect(ndjson.length).toBeGreaterThan(100)

    const outcome = await pushTo(lake, ndjson, {realLimits: true})
    expect(outcome.report?.failures).toEqual([])
    const ids = ndjson.map((doc) => doc._id)
    expect(lakeContent(lake, ids)).toEqual(expectedDocuments(ndjson))
    const pushed = [...lake.dataset.documents().values()].filter((doc) => doc._type !== 'sanity.fileAsset')
    expect(pushed.map((doc) => doc._id).sort()).toEqual([...ids].sort())
    for (const id of ids) expect(contentWrites(lake).get(id)).toBe(1)

    lake.reset()
    const again = await pushTo(lake, ndjson)
    expect(again.report?.plan).toMatchObject({create: 0, update: 0, unchanged: ndjson.length})
    expect(lake.requests.filter((request) => request.route === 'mutate' || request.route === 'upload')).toEqual([])
  } finally {
    await lake.close()
  }
})
