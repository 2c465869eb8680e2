import {badRequest, HttpError} from '../HttpError.ts'
import type {MutationBody, RevisedDocument} from './applyTransaction.ts'

/** One action of the Actions API (`POST /data/actions/{dataset}`), as the Studio sends it. */
export type DocumentAction = {actionType: string; [field: string]: any}

type Documents = ReadonlyMap<string, RevisedDocument>
type ActionHandler = (action: DocumentAction, documents: Documents, index: number) => MutationBody[]

/**
 * The Actions API in terms of mutations, one handler per action type, so that the one mutation
 * implementation (`applyTransaction`) applies both APIs and the listener reports both alike.
 * The handlers read the documents as they are before the transaction; the Studio sends one
 * action per request for everything but edits, whose draft creation comes first anyway.
 */
export function actionsToMutations(actions: readonly DocumentAction[], documents: Documents): MutationBody[] {
  return actions.flatMap((action, index) => {
    const handler = ACTION_HANDLERS[action?.actionType]
    if (!handler) throw badRequest(`action ${index}: unsupported action type "${action?.actionType}"`)
    return handler(action, documents, index)
  })
}

const ACTION_HANDLERS: Record<string, ActionHandler> = {
  'sanity.action.document.create': ({publishedId, attributes, ifExists}, documents, index) => {
    const id = idField(attributes?._id, index, 'attributes._id')
    if (id !== `drafts.${publishedId}` && id !== publishedId) throw badRequest(`action ${index}: attributes._id must be the draft of "${publishedId}"`)
    return [{[ifExists === 'ignore' ? 'createIfNotExists' : 'create']: attributes}]
  },
  'sanity.action.document.edit': ({draftId, publishedId, patch}, documents, index) => {
    const draft = idField(draftId, index, 'draftId')
    const mutations: MutationBody[] = []
    if (!documents.has(draft)) {
      const published = documents.get(idField(publishedId, index, 'publishedId'))
      if (!published) throw conflict(index, draft, 'documentNotFoundError', `Cannot edit "${draft}": neither it nor "${publishedId}" exists`)
      mutations.push({create: {...published, _id: draft}})
    }
    return [...mutations, {patch: {...patch, id: draft}}]
  },
  'sanity.action.document.replaceDraft': ({publishedId, attributes}, _documents, index) => {
    idField(publishedId, index, 'publishedId')
    return [{createOrReplace: {...attributes, _id: `drafts.${publishedId}`}}]
  },
  'sanity.action.document.publish': ({draftId, publishedId, ifDraftRevisionId, ifPublishedRevisionId}, documents, index) => {
    const draft = documents.get(idField(draftId, index, 'draftId'))
    if (!draft) throw conflict(index, draftId, 'documentNotFoundError', `Cannot publish: draft "${draftId}" does not exist`)
    const published = documents.get(idField(publishedId, index, 'publishedId'))
    if (ifDraftRevisionId && draft._rev !== ifDraftRevisionId) throw conflict(index, draftId, 'documentRevisionIDDoesNotMatchError', `Draft "${draftId}" has changed since it was read`)
    if (ifPublishedRevisionId && published?._rev !== ifPublishedRevisionId) throw conflict(index, publishedId, 'documentRevisionIDDoesNotMatchError', `Document "${publishedId}" has changed since it was read`)
    const {_rev, _updatedAt, ...content} = draft
    return [{createOrReplace: {...content, _id: publishedId, ...(published ? {_createdAt: published._createdAt} : {})}}, {delete: {id: draftId}}]
  },
  'sanity.action.document.unpublish': ({draftId, publishedId}, documents, index) => {
    const published = documents.get(idField(publishedId, index, 'publishedId'))
    if (!published) throw conflict(index, publishedId, 'documentNotFoundError', `Cannot unpublish: "${publishedId}" is not published`)
    const {_rev, _updatedAt, ...content} = published
    return [{createIfNotExists: {...content, _id: idField(draftId, index, 'draftId')}}, {delete: {id: publishedId}}]
  },
  'sanity.action.document.discard': ({draftId}, documents, index) => {
    if (!documents.has(idField(draftId, index, 'draftId'))) throw conflict(index, draftId, 'documentNotFoundError', `Cannot discard: draft "${draftId}" does not exist`)
    return [{delete: {id: draftId}}]
  },
  'sanity.action.document.delete': ({publishedId, includeDrafts = []}, _documents, index) => {
    const id = idField(publishedId, index, 'publishedId')
    return [...(includeDrafts as string[]).map((draft) => ({delete: {id: draft}})), {delete: {id: `drafts.${id}`}}, {delete: {id}}]
  },
}

function idField(value: unknown, index: number, name: string): string {
  if (typeof value !== 'string' || !value) throw badRequest(`action ${index}: "${name}" must be a document id`)
  return value
}

function conflict(index: number, id: string, type: string, description: string): HttpError {
  return new HttpError(409, description, {
    error: {description: `The action(s) failed: ${description}`, type: 'actionError', items: [{error: {id, type, description}, index}]},
  })
}
