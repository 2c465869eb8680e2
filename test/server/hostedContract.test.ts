import {copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createClient, type MutationEvent, type SanityClient} from '@sanity/client'
import {startStudioEndpoint, type StudioEndpoint} from '../../server/studio/startStudioEndpoint.ts'
import {FIXTURE} from './startTestEndpoint.ts'

const PROJECT = 'psfwg001'
let dir: string
let endpoint: StudioEndpoint
let client: SanityClient

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hosted-contract-'))
  copyFileSync(FIXTURE, path.join(dir, 'dataset.ndjson'))
  mkdirSync(path.join(dir, 'studio'))
  writeFileSync(path.join(dir, 'studio/index.html'), '<!doctype html>')
  endpoint = await startStudioEndpoint({file: path.join(dir, 'dataset.ndjson'), dataset: 'production', projectId: PROJECT, studioDir: path.join(dir, 'studio'), port: 0})
  client = clientFor('2025-02-19')
})
afterAll(async () => {
  await endpoint.close()
  rmSync(dir, {recursive: true, force: true})
})

function clientFor(apiVersion: string): SanityClient {
  return createClient({projectId: PROJECT, dataset: 'production', apiVersion, useCdn: false, useProjectHostname: false, apiHost: endpoint.url, maxRetries: 0})
}

/** A raw POST to the Mutation API, for bodies @sanity/client itself would refuse to send. */
async function mutateRaw(body: string | Uint8Array<ArrayBuffer>): Promise<{status: number; json: any}> {
  const response = await fetch(`${endpoint.url}/v2025-02-19/data/mutate/production`, {method: 'POST', headers: {'content-type': 'application/json'}, body})
  return {status: response.status, json: await response.json()}
}

describe('malformed and oversized bodies', () => {
  test('a body over the limit is a 413', async () => {
    const {status, json} = await mutateRaw(new Uint8Array(17 * 1024 * 1024).fill(0x20))
    expect(status).toBe(413)
    expect(json).toMatchObject({statusCode: 413, error: 'Payload Too Large'})
  })

  test.each([
    ['JSON nested 5,000 deep', `{"mutations":[{"create":{"_id":"deep","_type":"x","v":${'['.repeat(5000)}${']'.repeat(5000)}}}]}`],
    ['a null mutation', '{"mutations":[null]}'],
    ['a mutation that is an array', '{"mutations":[[]]}'],
    ['two operations in one mutation', '{"mutations":[{"delete":{"id":"a"},"create":{"_id":"b","_type":"x"}}]}'],
    ['set with an empty path', JSON.stringify({mutations: [{patch: {id: 'wiki-psf-working-groups-packaging-index-fx000001', set: {'': 1}}}]})],
    ['a patch that removes _type', JSON.stringify({mutations: [{patch: {id: 'wiki-psf-working-groups-packaging-index-fx000001', unset: ['_type']}}]})],
    ['not JSON', '{"mutations": ['],
    ['not an object', '[1, 2]'],
    ['a create without _type', '{"mutations":[{"create":{"_id":"nope"}}]}'],
  ])('%s is a 400', async (_name, body) => {
    const {status, json} = await mutateRaw(body)
    expect(status).toBe(400)
    expect(json).toMatchObject({statusCode: 400, error: 'Bad Request'})
  })

  test.each([
    ['empty', ''],
    ['..', '..'],
    ['a path out', '../../etc/passwd'],
    ['slashes', 'a/b/c'],
    ['a newline', 'a\nb'],
    ['5,000 characters', 'x'.repeat(5000)],
    ['129 characters', 'x'.repeat(129)],
    ['__proto__', '__proto__'],
    ['two dots', 'drafts..x'],
    ['a leading dash', '-leading-dash'],
    ['a leading dot', '.leading-dot'],
    ['a space', 'space in id'],
  ])('an id with %s is refused with the invalid id error, and nothing is stored', async (_name, id) => {
      const {status, json} = await mutateRaw(JSON.stringify({mutations: [{createOrReplace: {_id: id, _type: 'legacyPage'}}]}))
      expect(status).toBe(400)
      expect(json.error).toMatchObject({type: 'mutationError', items: [{index: 0, error: {type: 'invalidDocumentIdError'}}]})
      expect(endpoint.writers.get('production')!.documents().has(id)).toBe(false)
  })
})

describe('what @sanity/client sees as on the hosted API', () => {
  test('custom GROQ functions: their parameters are not request params', async () => {
    const query = 'fn ex::label($doc) = $doc{ "label": title + " (" + _type + ")" }; *[_type == "workingGroup" && title == $title]{ "named": ex::label(@) }[0]'
    expect(await client.fetch(query, {title: 'Packaging'})).toEqual({named: {label: 'Packaging (workingGroup)'}})
    // A request param still has to be given.
    await expect(client.fetch(query)).rejects.toMatchObject({statusCode: 400, message: expect.stringMatching(/param \$title referenced, but not provided/)})
  })

  test('create without _id gets a generated id; an _id ending in "." is its prefix', async () => {
    const created = await client.create({_type: 'legacyPage', title: 'No id'})
    expect(created._id).toMatch(/^[0-9a-f-]{36}$/)
    const draft = await client.create({_id: 'drafts.', _type: 'legacyPage', title: 'Prefixed'})
    expect(draft._id).toMatch(/^drafts\.[0-9a-f-]{36}$/)
    expect(await client.getDocument(draft._id)).toMatchObject({title: 'Prefixed'})
  })

  test('the default perspective follows the API version: raw before v2025-02-19, published since', async () => {
    await client.createOrReplace({_id: 'drafts.perspective-probe', _type: 'legacyPage', title: 'Only a draft'})
    const query = '*[_id in ["drafts.perspective-probe", "perspective-probe"]]._id'
    expect(await clientFor('2021-10-21').fetch(query)).toEqual(['drafts.perspective-probe'])
    expect(await clientFor('1').fetch(query)).toEqual(['drafts.perspective-probe'])
    expect(await clientFor('2025-02-19').fetch(query)).toEqual([])
    expect(await clientFor('X').fetch(query)).toEqual([])
  })

  test('autoGenerateArrayKeys gives array objects a _key, at any depth', async () => {
    const doc = await client.create(
      {_id: 'array-keys', _type: 'legacyPage', items: [{name: 'a'}, {name: 'b', nested: [{x: 1}]}, {_key: 'kept', name: 'c'}], tags: ['plain']},
      {autoGenerateArrayKeys: true},
    )
    const items = doc.items as {_key: string; nested?: {_key: string}[]}[]
    expect(items.map((item) => item._key)).toEqual([expect.stringMatching(/^\w+$/), expect.stringMatching(/^\w+$/), 'kept'])
    expect(items[1]!.nested![0]!._key).toMatch(/^\w+$/)
    expect(doc.tags).toEqual(['plain'])
    const patched = await client.patch('array-keys').append('items', [{name: 'd'}]).commit({autoGenerateArrayKeys: true})
    expect((patched.items as {_key?: string}[])[3]!._key).toMatch(/^\w+$/)
  })

  test('sanity::projectId() and sanity::dataset()', async () => {
    expect(await client.fetch('[sanity::projectId(), sanity::dataset()]')).toEqual([PROJECT, 'production'])
  })

  test('query responses carry syncTags, which change with a write', async () => {
    const before = await client.fetch('count(*)', {}, {filterResponse: false})
    expect(before.syncTags).toEqual([expect.stringMatching(/^s1:/)])
    await client.createOrReplace({_id: 'sync-tag-probe', _type: 'legacyPage'})
    const after = await client.fetch('count(*)', {}, {filterResponse: false})
    expect(after.syncTags).not.toEqual(before.syncTags)
  })

  test('a delete with returnDocuments returns the deleted document', async () => {
    await client.create({_id: 'to-delete', _type: 'legacyPage', title: 'Going'})
    const answer = await client.mutate([{delete: {id: 'to-delete'}}], {returnDocuments: true})
    expect(answer).toEqual([expect.objectContaining({_id: 'to-delete', title: 'Going'})])
  })

  test('listener events carry the mutations sent, not the document replaced whole', async () => {
    const id = 'listened'
    await client.create({_id: id, _type: 'legacyPage', title: 'Before', body: 'unchanged'})
    const event = new Promise<MutationEvent>((resolve, reject) => {
      const subscription = client.listen('*[_id == $id]', {id}, {events: ['welcome', 'mutation']}).subscribe({
        next: (message) => {
          if (message.type === 'welcome') {
            client.patch(id).set({title: 'After'}).inc({count: 1}).commit().catch(reject)
          } else if (message.type === 'mutation') {
            subscription.unsubscribe()
            resolve(message)
          }
        },
        error: reject,
      })
    })
    const {mutations, result} = await event
    expect(mutations).toEqual([{patch: {id, set: {title: 'After'}, inc: {count: 1}}}])
    expect(result).toMatchObject({title: 'After', body: 'unchanged'})
  })
})
