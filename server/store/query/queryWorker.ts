/**
 * A query worker: holds a copy of the dataset and evaluates GROQ off the main thread, so that a
 * query that runs for seconds cannot stall the server. The pool (`createQueryPool`) ends a worker
 * whose query ran out of time or whose client left; the worker itself knows nothing of that.
 */
import {parentPort} from 'node:worker_threads'
import {evaluate, type ExprNode} from 'groq-js'
import {applyPerspective, type Perspective} from '../applyPerspective.ts'
import {applyJournalEntry} from '../journal/applyJournalEntry.ts'
import {indexView, planQuery, type IndexedView} from '../planQuery.ts'
import {QueryError} from '../QueryError.ts'
import type {StoredDocument} from '../../../dataset/types.ts'
import {compileQuery} from './compileQuery.ts'
import type {FromWorker, ToWorker} from './queryMessages.ts'

const CACHE_SIZE = 500
const byId = new Map<string, StoredDocument>()
let views = new Map<Perspective, IndexedView & {plans: Map<string, ExprNode>}>()
const parsed = new Map<string, ExprNode>()

function view(perspective: Perspective) {
  let found = views.get(perspective)
  if (!found) views.set(perspective, (found = {...indexView(applyPerspective([...byId.values()], perspective)), plans: new Map()}))
  return found
}

/** Parsing depends on params (groq-js substitutes them), so the cache key holds both. */
const cacheKey = (query: string, params: Record<string, unknown>) => (query.includes('$') ? `${query}\u0000${JSON.stringify(params)}` : query)

async function run(message: Extract<ToWorker, {type: 'query'}>): Promise<FromWorker> {
  const {id, query, params, perspective, sanity} = message
  const key = cacheKey(query, params)
  let tree = parsed.get(key)
  if (!tree) {
    tree = compileQuery(query, params)
    if (parsed.size >= CACHE_SIZE) parsed.delete(parsed.keys().next().value!)
    parsed.set(key, tree)
  }
  const current = view(perspective)
  let plan = current.plans.get(key)
  if (!plan) {
    if (current.plans.size >= CACHE_SIZE) current.plans.clear()
    current.plans.set(key, (plan = planQuery(tree, current)))
  }
  const started = performance.now()
  try {
    const value = await evaluate(plan, {dataset: current.documents, params, sanity, dereference: ({_ref}) => current.byId.get(_ref)})
    const result = await value.get()
    return {type: 'result', id, result, ms: performance.now() - started}
  } catch (error) {
    throw new QueryError('execution', query, (error as Error).message)
  }
}

parentPort!.on('message', async (message: ToWorker) => {
  if (message.type === 'load') {
    byId.clear()
    for (const doc of message.documents) byId.set(doc._id, doc)
    views = new Map()
  } else if (message.type === 'change') {
    applyJournalEntry(byId, {transactionId: '', ...message.entry})
    views = new Map()
  } else {
    let answer: FromWorker
    try {
      answer = await run(message)
    } catch (error) {
      const known = error instanceof QueryError ? error : new QueryError('execution', message.query, (error as Error).message)
      answer = {type: 'error', id: message.id, kind: known.kind, description: known.description, start: known.start, end: known.end}
    }
    parentPort!.postMessage(answer)
  }
})
