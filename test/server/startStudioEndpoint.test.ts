import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {request} from 'node:http'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {applyPatch} from 'mendoza'
import {WebSocket as WsClient} from 'ws'
import {startStudioEndpoint, type StudioEndpoint} from '../../server/studio/startStudioEndpoint.ts'
import {readDataset} from '../../server/store/journal/readDataset.ts'

const PROJECT = 'testproj'
let endpoint: StudioEndpoint
let dir: string
let file: string

const group = {_id: 'g', _type: 'workingGroup', title: 'Group', summary: 'Imported'}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'studio-endpoint-'))
  file = path.join(dir, 'dataset.ndjson')
  writeFileSync(file, JSON.stringify(group) + '\n' + JSON.stringify({_id: 'other', _type: 'legacyPage', title: 'Other'}) + '\n')
  mkdirSync(path.join(dir, 'studio/static'), {recursive: true})
  writeFileSync(path.join(dir, 'studio/index.html'), '<!doctype html><title>Studio</title>')
  writeFileSync(path.join(dir, 'studio/static/app.js'), 'console.log(1)')
  endpoint = await startStudioEndpoint({file, dataset: 'production', projectId: PROJECT, studioDir: path.join(dir, 'studio'), port: 0})
})

afterEach(async () => {
  await endpoint.close()
  rmSync(dir, {recursive: true, force: true})
})

/** A raw request, so that the Host and Origin headers are exactly what a test says. */
function send(method: string, pathname: string, options: {host?: string; origin?: string; body?: unknown} = {}): Promise<{status: number; headers: Record<string, unknown>; text: string}> {
  const headers: Record<string, string> = {host: options.host ?? `${PROJECT}.localhost:${endpoint.port}`}
  if (options.origin) headers.origin = options.origin
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  return new Promise((resolve, reject) => {
    const req = request({host: '127.0.0.1', port: endpoint.port, method, path: pathname, headers}, (res) => {
      let text = ''
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({status: res.statusCode!, headers: res.headers, text}))
    })
    req.on('error', reject)
    req.end(options.body === undefined ? undefined : JSON.stringify(options.body))
  })
}

const api = (rest: string) => `/v2025-02-19/${rest}`
/** What the dataset holds on disk: the NDJSON file and the journal of writes since its last compaction. */
const fileDocuments = (): any[] => readDataset(file).documents

/** Opens a listener and collects its events until `count` have arrived. */
function listen(query: string, params: Record<string, unknown>, options = ''): {events: Promise<{event: string; data: any}[]>; ready: Promise<void>} {
  const search = new URLSearchParams({query, ...Object.fromEntries(Object.entries(params).map(([key, value]) => [`$${key}`, JSON.stringify(value)]))})
  const collected: {event: string; data: any}[] = []
  let ready!: () => void
  const readyPromise = new Promise<void>((resolve) => (ready = resolve))
  const events = new Promise<{event: string; data: any}[]>((resolve, reject) => {
    const req = request({host: '127.0.0.1', port: endpoint.port, path: api(`data/listen/production?${search}${options}`), headers: {host: `l1.${PROJECT}.localhost:${endpoint.port}`}}, (res) => {
      let buffer = ''
      res.on('data', (chunk) => {
        buffer += chunk
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const event = /^event: (.*)$/m.exec(block)?.[1]
          const data = /^data: (.*)$/m.exec(block)?.[1]
          if (!event || !data) continue
          collected.push({event, data: JSON.parse(data)})
          if (event === 'welcome') ready()
        }
      })
      res.on('close', () => resolve(collected))
    })
    req.on('error', reject)
    req.end()
    setTimeout(() => req.destroy(), 400)
  })
  return {events, ready: readyPromise}
}

test.each<[string, {host?: string; origin?: string}]>([
  ['a foreign Host', {host: `evil.example:1234`}],
  ['a rebinding name on the right port', {host: `attacker.test:PORT`}],
  ['a foreign Origin', {origin: 'https://evil.example'}],
  ['a Studio Origin on another port', {origin: 'http://localhost:1'}],
])('studio endpoint: refuses %s with a 403', async (_case, options) => {
  const host = options.host?.replace('PORT', String(endpoint.port))
  const answer = await send('GET', api('users/me'), {...options, host})
  expect(answer.status).toBe(403)
  expect(answer.text).not.toContain('local-editor')
  const write = await send('POST', api('data/mutate/production'), {...options, host, body: {mutations: [{delete: {id: 'g'}}]}})
  expect(write.status).toBe(403)
  expect(fileDocuments().map((doc) => doc._id)).toEqual(['g', 'other'])
})

test('studio endpoint: the Studio origin gets credentialed CORS and the local editor', async () => {
  const origin = `http://localhost:${endpoint.port}`
  const answer = await send('GET', api('users/me'), {origin})
  expect(answer.status).toBe(200)
  expect(answer.headers['access-control-allow-origin']).toBe(origin)
  expect(answer.headers['access-control-allow-credentials']).toBe('true')
  expect(JSON.parse(answer.text)).toMatchObject({id: 'local-editor', role: 'administrator'})
  expect(JSON.parse((await send('GET', api(`projects/${PROJECT}/datasets/production/acl`), {origin})).text)[0].permissions).toContain('update')
})

test('studio endpoint: serves the built Studio for every path under /local and its static files', async () => {
  expect((await send('GET', '/local/structure/workingGroups', {host: `localhost:${endpoint.port}`})).text).toContain('<title>Studio</title>')
  expect((await send('GET', '/static/app.js', {host: `localhost:${endpoint.port}`})).text).toBe('console.log(1)')
  expect((await send('GET', '/static/..%2f..%2fdataset.ndjson', {host: `localhost:${endpoint.port}`})).status).toBe(404)
})

test('studio endpoint: an edit action reaches the file and a listener as a mutation event with effects', async () => {
  const listener = listen('*[_id in $ids]', {ids: ['g', 'drafts.g']}, '&includeResult=false&effectFormat=mendoza')
  await listener.ready
  const answer = await send('POST', api('data/actions/production'), {
    body: {transactionId: 'tx-edit', actions: [{actionType: 'sanity.action.document.edit', draftId: 'drafts.g', publishedId: 'g', patch: {set: {summary: 'Edited'}}}]},
  })
  expect(JSON.parse(answer.text)).toEqual({transactionId: 'tx-edit'})
  expect(fileDocuments().find((doc) => doc._id === 'drafts.g')).toMatchObject({summary: 'Edited', _rev: 'tx-edit'})
  // Content-derived revisions the endpoint serves are never written back.
  expect(fileDocuments().find((doc) => doc._id === 'g')).toEqual(group)

  const events = await listener.events
  expect(events.map((event) => event.event)).toEqual(['welcome', 'mutation'])
  const {data} = events[1]!
  expect(data).toMatchObject({documentId: 'drafts.g', transactionId: 'tx-edit', resultRev: 'tx-edit', transition: 'appear', visibility: 'query', transactionTotalEvents: 1, transactionCurrentEvent: 1, identity: 'local-editor'})
  expect(data.result).toBeUndefined()
  // The mutations the edit action became, as sent: the draft created from the published document, then the patch.
  expect(data.mutations).toEqual([{create: expect.objectContaining({_id: 'drafts.g', summary: 'Imported'})}, {patch: {id: 'drafts.g', set: {summary: 'Edited'}}}])
  const {_rev, ...content} = fileDocuments().find((doc) => doc._id === 'drafts.g')
  expect(applyPatch(null, data.effects.apply)).toEqual(content)
})

test('studio endpoint: publish is one transaction of two events, and history serves both revisions', async () => {
  await send('POST', api('data/actions/production'), {body: {transactionId: 'tx1', actions: [{actionType: 'sanity.action.document.edit', draftId: 'drafts.g', publishedId: 'g', patch: {set: {summary: 'Draft'}}}]}})
  const listener = listen('*[_id in $ids]', {ids: ['g', 'drafts.g']}, '')
  await listener.ready
  await send('POST', api('data/actions/production'), {body: {transactionId: 'tx2', actions: [{actionType: 'sanity.action.document.publish', draftId: 'drafts.g', publishedId: 'g'}]}})
  expect(fileDocuments().map((doc) => [doc._id, doc.summary])).toEqual([['g', 'Draft'], ['other', undefined]])

  const mutations = (await listener.events).filter((event) => event.event === 'mutation').map((event) => event.data)
  expect(mutations.map((event) => [event.documentId, event.transition, event.transactionCurrentEvent, event.transactionTotalEvents])).toEqual([
    ['g', 'update', 1, 2],
    ['drafts.g', 'disappear', 2, 2],
  ])
  expect(mutations[0].result).toMatchObject({_id: 'g', summary: 'Draft', _rev: 'tx2'})

  const transactions = (await send('GET', api('data/history/production/transactions/g,drafts.g?excludeContent=true&reverse=true'))).text.trim().split('\n').map((line) => JSON.parse(line))
  expect(transactions.map((transaction) => [transaction.id, transaction.documentIDs])).toEqual([['tx2', ['g', 'drafts.g']], ['tx1', ['drafts.g']]])
  const atDraft = JSON.parse((await send('GET', api('data/history/production/documents/g,drafts.g?revision=tx1'))).text)
  expect(atDraft.documents).toEqual([expect.objectContaining({_id: 'drafts.g', summary: 'Draft', _rev: 'tx1'})])
})

test('studio endpoint: a conflicting mutation is refused with the API error and changes nothing', async () => {
  const answer = await send('POST', api('data/mutate/production'), {body: {mutations: [{patch: {id: 'g', ifRevisionID: 'stale', set: {title: 'x'}}}]}})
  expect(answer.status).toBe(409)
  expect(JSON.parse(answer.text).error.items[0].error.type).toBe('documentRevisionIDDoesNotMatchError')
  expect(fileDocuments()[0]).toEqual(group)
})

test('studio endpoint: the user key-value store keeps what the Studio sets', async () => {
  await send('PUT', api('users/me/keyvalue'), {body: [{key: 'studio.structure-tool.layout', value: {mode: 'compact'}}]})
  expect(JSON.parse((await send('GET', api('users/me/keyvalue/studio.structure-tool.layout,missing'))).text)).toEqual([
    {key: 'studio.structure-tool.layout', value: {mode: 'compact'}},
    {key: 'missing', value: null},
  ])
})

test('studio endpoint: the presence socket accepts the Studio and answers its JSON-RPC calls', async () => {
  const socket = new WebSocket(`ws://127.0.0.1:${endpoint.port}/v2022-06-30/socket/production?tag=sanity.studio`)
  const answers: unknown[] = []
  await new Promise<void>((resolve, reject) => {
    socket.onerror = () => reject(new Error('the socket failed'))
    socket.onopen = () => {
      socket.send(JSON.stringify({jsonrpc: '2.0', method: 'presence_subscribe', params: {apiVersion: 'v1'}, id: 'a'}))
      socket.send(JSON.stringify({jsonrpc: '2.0', method: 'presence_rollcall', params: {apiVersion: 'v1'}, id: 'b'}))
    }
    socket.onmessage = (message) => {
      answers.push(JSON.parse(String(message.data)))
      if (answers.length === 2) resolve()
    }
  })
  socket.close()
  expect(answers).toEqual([
    {jsonrpc: '2.0', id: 'a', result: 'local-1'},
    {jsonrpc: '2.0', id: 'b', result: null},
  ])
})

test('studio endpoint: the presence socket reads a message sent in fragments (FIN bit) as one, and answers pings', async () => {
  const socket = new WsClient(`ws://127.0.0.1:${endpoint.port}/v2022-06-30/socket/production`, {headers: {host: `${PROJECT}.localhost:${endpoint.port}`}})
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
  const pong = new Promise((resolve) => socket.once('pong', (data) => resolve(String(data))))
  socket.ping('still there?')
  expect(await pong).toBe('still there?')
  const answer = new Promise((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))))
  const text = JSON.stringify({jsonrpc: '2.0', method: 'presence_subscribe', params: {apiVersion: 'v1'}, id: 'split'})
  socket.send(text.slice(0, 10), {fin: false})
  socket.send(text.slice(10, 30), {fin: false})
  socket.send(text.slice(30), {fin: true})
  expect(await answer).toEqual({jsonrpc: '2.0', id: 'split', result: 'local-1'})
  socket.close()
})

test('studio endpoint: the presence socket refuses another path, and a host that is not the local Studio', async () => {
  const refused = (url: string, host?: string) =>
    new Promise<number>((resolve, reject) => {
      const socket = new WsClient(url, host ? {headers: {host}} : {})
      socket.once('unexpected-response', (_req, res) => resolve(res.statusCode!)).once('open', () => reject(new Error('accepted')))
      socket.once('error', () => undefined)
    })
  expect(await refused(`ws://127.0.0.1:${endpoint.port}/v2022-06-30/nosocket/production`)).toBe(404)
  expect(await refused(`ws://127.0.0.1:${endpoint.port}/v2022-06-30/socket/production`, 'evil.example:80')).toBeGreaterThanOrEqual(400)
})
