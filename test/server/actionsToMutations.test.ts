import {HttpError} from '../../server/HttpError.ts'
import {actionsToMutations, type DocumentAction} from '../../server/write/actionsToMutations.ts'
import {applyTransaction, type RevisedDocument} from '../../server/write/applyTransaction.ts'

const published: RevisedDocument = {_id: 'g', _type: 'workingGroup', _rev: 'p1', title: 'Group', summary: 'Published'}
const draft: RevisedDocument = {_id: 'drafts.g', _type: 'workingGroup', _rev: 'd1', title: 'Group', summary: 'Draft'}
const state = (...documents: RevisedDocument[]) => new Map(documents.map((doc) => [doc._id, doc]))

/** Applies actions as the writer does and returns the documents' content by id (no system fields). */
function act(documents: Map<string, RevisedDocument>, actions: DocumentAction[]) {
  const result = applyTransaction(documents, actionsToMutations(actions, documents), 'tx1', '2026-01-01T00:00:00Z')
  return Object.fromEntries([...result.documents].map(([id, {_rev, _createdAt, _updatedAt, ...content}]) => [id, content]))
}

test.each<[string, Map<string, RevisedDocument>, DocumentAction[], Record<string, unknown>]>([
  ['create makes a draft', state(), [{actionType: 'sanity.action.document.create', publishedId: 'n', attributes: {_id: 'drafts.n', _type: 'page', title: 'New'}, ifExists: 'fail'}], {'drafts.n': {_id: 'drafts.n', _type: 'page', title: 'New'}}],
  ['edit without a draft copies the published document first', state(published), [{actionType: 'sanity.action.document.edit', draftId: 'drafts.g', publishedId: 'g', patch: {set: {summary: 'Edited'}}}], {g: {_id: 'g', _type: 'workingGroup', title: 'Group', summary: 'Published'}, 'drafts.g': {_id: 'drafts.g', _type: 'workingGroup', title: 'Group', summary: 'Edited'}}],
  ['edit patches an existing draft', state(published, draft), [{actionType: 'sanity.action.document.edit', draftId: 'drafts.g', publishedId: 'g', patch: {set: {title: 'Renamed'}}}], {g: {_id: 'g', _type: 'workingGroup', title: 'Group', summary: 'Published'}, 'drafts.g': {_id: 'drafts.g', _type: 'workingGroup', title: 'Renamed', summary: 'Draft'}}],
  ['publish replaces the published document with the draft and removes the draft', state(published, draft), [{actionType: 'sanity.action.document.publish', draftId: 'drafts.g', publishedId: 'g'}], {g: {_id: 'g', _type: 'workingGroup', title: 'Group', summary: 'Draft'}}],
  ['unpublish turns the published document into a draft', state(published), [{actionType: 'sanity.action.document.unpublish', draftId: 'drafts.g', publishedId: 'g'}], {'drafts.g': {_id: 'drafts.g', _type: 'workingGroup', title: 'Group', summary: 'Published'}}],
  ['discard removes the draft only', state(published, draft), [{actionType: 'sanity.action.document.discard', draftId: 'drafts.g'}], {g: {_id: 'g', _type: 'workingGroup', title: 'Group', summary: 'Published'}}],
  ['delete removes the document and its draft', state(published, draft), [{actionType: 'sanity.action.document.delete', publishedId: 'g', includeDrafts: ['drafts.g']}], {}],
])('actionsToMutations: %s', (_case, documents, actions, expected) => {
  expect(act(documents, actions)).toEqual(expected)
})

test.each<[string, Map<string, RevisedDocument>, DocumentAction, number, string]>([
  ['publishing without a draft', state(published), {actionType: 'sanity.action.document.publish', draftId: 'drafts.g', publishedId: 'g'}, 409, 'does not exist'],
  ['publishing a draft that changed meanwhile', state(published, draft), {actionType: 'sanity.action.document.publish', draftId: 'drafts.g', publishedId: 'g', ifDraftRevisionId: 'old'}, 409, 'has changed'],
  ['editing a document that does not exist', state(), {actionType: 'sanity.action.document.edit', draftId: 'drafts.x', publishedId: 'x', patch: {set: {a: 1}}}, 409, 'neither it nor'],
  ['an unknown action type', state(), {actionType: 'sanity.action.document.teleport'}, 400, 'unsupported action type'],
])('actionsToMutations: refuses %s', (_case, documents, action, status, message) => {
  let caught: unknown
  try {
    actionsToMutations([action], documents)
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(HttpError)
  expect((caught as HttpError).statusCode).toBe(status)
  expect((caught as HttpError).message).toContain(message)
})
