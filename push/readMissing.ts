import type {LakeClient} from './createLakeClient.ts'
import {createScopeTest} from './createScopeTest.ts'
import {readDataset} from './readDataset.ts'
import type {PushScope} from './types.ts'

/** What the dataset holds of the documents the source no longer has. */
export interface MissingState {
  /** Published documents the importer wrote under the run's source folders that this run does not make, by id. */
  documents: ReadonlyMap<string, Record<string, unknown>>
  /** Those of them that have a draft. */
  drafts: ReadonlySet<string>
  /** Every document in the dataset (drafts included) that references one of them. */
  referencing: readonly Record<string, unknown>[]
}

const NONE: MissingState = {documents: new Map(), drafts: new Set(), referencing: []}

/**
 * Finds the documents the importer wrote (`provenance.sourcePath` set) whose source path lies
 * under one of the run's source folders and whose id is not among the run's documents. Pages the
 * run read but could not import keep their documents: what they would make is unknown. The list
 * comes from a query (ids and paths only); the candidates are then read whole, with their drafts,
 * through the strongly consistent doc endpoint, and the documents referencing them by a query.
 */
export async function readMissing(scope: PushScope, runIds: ReadonlySet<string>, lake: LakeClient): Promise<MissingState> {
  const inScope = createScopeTest(scope)
  const notImported = new Set((scope.files ?? []).filter((file) => file.status !== 'imported').map((file) => file.sourcePath))
  const listed = await lake.fetch<{_id: string; sourcePath: unknown}[]>(
    '*[defined(provenance.sourcePath) && !(_id in path("drafts.**")) && !(_id in path("versions.**"))]{_id, "sourcePath": provenance.sourcePath}',
    {},
  )
  const candidates = listed
    .filter(({_id, sourcePath}) => typeof sourcePath === 'string' && inScope(sourcePath) && !notImported.has(sourcePath) && !runIds.has(_id))
    .map(({_id}) => _id)
    .sort()
  if (candidates.length === 0) return NONE
  const {documents, drafts} = await readDataset(candidates, lake)
  if (documents.size === 0) return NONE
  const referencing = await lake.fetch<Record<string, unknown>[]>('*[references($ids)]', {ids: [...documents.keys()]})
  return {documents, drafts, referencing}
}
