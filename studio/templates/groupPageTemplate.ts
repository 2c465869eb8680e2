import {DocumentIcon} from '@sanity/icons/Document'
import type {InitialValueResolverContext, Template} from 'sanity'
import {groupFacts} from './groupFacts.ts'

/** "New page" in a group's Other pages list: a subpage of that group, its slug under the group's, no legacy notice. */
export const groupPageTemplate: Template<{groupId: string}> = {
  id: 'groupPage',
  title: 'New page',
  schemaType: 'legacyPage',
  icon: DocumentIcon,
  parameters: [{name: 'groupId', title: 'Working group id', type: 'string'}],
  value: async (params: {groupId?: string} | undefined, context: InitialValueResolverContext) => {
    if (!params?.groupId) throw new Error('The group page template needs the id of its working group')
    const group = await groupFacts(params.groupId, context)
    return {
      slug: {_type: 'slug', current: `${group.slug}/`},
      kind: 'subpage',
      group: {_type: 'reference', _ref: params.groupId},
      legacyNotice: false,
    }
  },
}
