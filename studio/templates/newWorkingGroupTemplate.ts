import {UsersIcon} from '@sanity/icons/Users'
import type {Template} from 'sanity'

/**
 * "New working group": active, with what the working-groups index shows of a group (its name,
 * a one-line summary and its link, the slug generated from the name under psf/working-groups/)
 * left for the editor, whom the validation messages guide; no legacy notice.
 */
export const newWorkingGroupTemplate: Template = {
  id: 'newWorkingGroup',
  title: 'New working group',
  schemaType: 'workingGroup',
  icon: UsersIcon,
  value: {status: 'active', legacyNotice: false, members: [], contacts: []},
}
