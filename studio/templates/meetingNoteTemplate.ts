import {CalendarIcon} from '@sanity/icons/Calendar'
import type {InitialValueResolverContext, Template} from 'sanity'
import {groupFacts} from './groupFacts.ts'
import {today} from '../../schemas/today.ts'

/**
 * "New meeting note" in a group's Meeting notes list: the group, kind meeting notes, today's date,
 * a title and slug from the group and the date, and no legacy notice (it was written here).
 */
export const meetingNoteTemplate: Template<{groupId: string}> = {
  id: 'meetingNote',
  title: 'New meeting note',
  schemaType: 'legacyPage',
  icon: CalendarIcon,
  parameters: [{name: 'groupId', title: 'Working group id', type: 'string'}],
  value: async (params: {groupId?: string} | undefined, context: InitialValueResolverContext) => {
    if (!params?.groupId) throw new Error('The meeting note template needs the id of its working group')
    const group = await groupFacts(params.groupId, context)
    const date = today()
    return {
      title: `${group.title} meeting notes ${date}`,
      slug: {_type: 'slug', current: `${group.slug}/${date}-meeting-notes`},
      kind: 'meetingNotes',
      date,
      group: {_type: 'reference', _ref: params.groupId},
      legacyNotice: false,
    }
  },
}
