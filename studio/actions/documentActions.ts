import type {DocumentActionsResolver} from 'sanity'
import {addMemberAction} from './addMemberAction.tsx'
import {removeMemberAction} from './removeMemberAction.tsx'
import {retireGroupAction} from './retireGroupAction.tsx'

/** Sanity's actions for every document; a working group also gets the editors' multi-field tasks, after Publish. */
export const documentActions: DocumentActionsResolver = (previous, context) =>
  context.schemaType === 'workingGroup' ? [...previous, retireGroupAction, addMemberAction, removeMemberAction] : previous
