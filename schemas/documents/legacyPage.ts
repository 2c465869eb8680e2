import {DocumentIcon} from '@sanity/icons/Document'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {PAGE_KINDS} from '../options.ts'
import {required} from '../required.ts'

/** A page migrated from the old wiki: meeting notes, agendas, announcements and other pages. */
export const legacyPage = defineType({
  name: 'legacyPage',
  title: 'Legacy page',
  type: 'document',
  icon: DocumentIcon,
  groups: [
    {name: 'content', title: 'Content', default: true},
    {name: 'source', title: 'Source'},
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      validation: (rule) => [rule, required(rule, 'The page needs a title, as readers see it at the top of the page.')],
    }),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      group: 'content',
      options: {source: 'title', maxLength: 200},
      validation: (rule) => [rule, required(rule, 'The page needs a slug, its address on the site: click Generate to make one from the title.')],
    }),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      group: 'content',
      options: {list: [...PAGE_KINDS]},
      initialValue: 'legacy',
      validation: (rule) => [rule, required(rule, 'Choose what kind of page this is: meeting notes, agenda, announcement…')],
    }),
    defineField({
      name: 'date',
      title: 'Date',
      type: 'date',
      group: 'content',
      hidden: ({document}) => document?.kind !== 'meetingNotes' && !document?.date,
      validation: (rule) =>
        rule.custom((date, context) =>
          (context.document as {kind?: string} | undefined)?.kind === 'meetingNotes' && !date
            ? 'Meeting notes need a date: pick the day of the meeting.'
            : true,
        ),
    }),
    defineField({
      name: 'group',
      title: 'Working group',
      type: 'reference',
      group: 'content',
      to: [{type: 'workingGroup'}],
      validation: (rule) =>
        rule.custom((group, context) =>
          (context.document as {kind?: string} | undefined)?.kind === 'meetingNotes' && !group
            ? 'Meeting notes belong to a working group: choose the group that met.'
            : true,
        ),
    }),
    defineField({name: 'body', title: 'Body', type: 'blockContent', group: 'content'}),
    defineField({name: 'toctree', title: 'Navigation', type: 'array', group: 'content', of: [defineArrayMember({type: 'tocEntry'})]}),
    defineField({name: 'legacyNotice', title: 'Carried the legacy wiki notice', type: 'boolean', group: 'source', readOnly: true}),
    defineField({name: 'provenance', title: 'Provenance', type: 'provenance', group: 'source'}),
  ],
  orderings: [
    {title: 'Date, newest first', name: 'dateDesc', by: [{field: 'date', direction: 'desc'}]},
    {title: 'Title', name: 'titleAsc', by: [{field: 'title', direction: 'asc'}]},
  ],
  preview: {
    select: {title: 'title', kind: 'kind', date: 'date', group: 'group.title'},
    prepare: ({title, kind, date, group}) => ({
      title,
      subtitle: [kind === 'meetingNotes' ? date : kind, group].filter(Boolean).join(' · '),
    }),
  },
})
