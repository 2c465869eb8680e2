import {UsersIcon} from '@sanity/icons/Users'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {GROUP_STATUSES, LINKABLE_TYPES} from '../options.ts'
import {retirementDateProblem} from '../retirementDateProblem.ts'
import {required} from '../required.ts'

/** A PSF working group: what it is for, its charter, its people, how to reach it, and its pages. */
export const workingGroup = defineType({
  name: 'workingGroup',
  title: 'Working group',
  type: 'document',
  icon: UsersIcon,
  groups: [
    {name: 'overview', title: 'Overview', default: true},
    {name: 'charter', title: 'Charter'},
    {name: 'people', title: 'People & contacts'},
    {name: 'pages', title: 'Pages'},
    {name: 'source', title: 'Source'},
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Name',
      type: 'string',
      group: 'overview',
      validation: (rule) => [rule, required(rule, 'The group needs a name, as the working-groups index shows it (for example "Packaging WG").')],
    }),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      group: 'overview',
      options: {source: 'title', maxLength: 96},
      validation: (rule) => [rule, required(rule, 'The group needs a slug, its address on the site: click Generate to make one from the name.')],
    }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      group: 'overview',
      options: {list: [...GROUP_STATUSES], layout: 'radio', direction: 'horizontal'},
      initialValue: 'active',
      validation: (rule) => [rule, required(rule, 'Choose the group’s status: Active, Dormant or Historical.')],
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      description: 'One line, as the working groups index shows it.',
      type: 'string',
      group: 'overview',
      validation: (rule) => [
        rule.max(200).warning('Keep the summary to one line (200 characters at most); put the rest in the Introduction.'),
        rule.custom((summary, context) =>
          (context.document as {status?: string} | undefined)?.status === 'active' && !summary?.trim()
            ? 'An active working group needs a summary: one line saying what it does, as the working-groups index shows it.'
            : true,
        ),
      ],
    }),
    defineField({
      name: 'retiredOn',
      title: 'Retired on',
      description: 'Set by the Retire group action.',
      type: 'date',
      group: 'overview',
      hidden: ({document}) => document?.status === 'active' && !document?.retiredOn,
      validation: (rule) => rule.custom((date) => retirementDateProblem(date) ?? true),
    }),
    defineField({
      name: 'retirementNote',
      title: 'Retirement note',
      description: 'Why the group was retired, and where its work continues.',
      type: 'text',
      rows: 3,
      group: 'overview',
      hidden: ({document}) => document?.status === 'active' && !document?.retirementNote,
    }),
    defineField({name: 'body', title: 'Introduction', type: 'blockContent', group: 'overview'}),
    defineField({name: 'charter', title: 'Current charter', type: 'charterVersion', group: 'charter'}),
    defineField({
      name: 'earlierCharters',
      title: 'Earlier charter versions',
      type: 'array',
      group: 'charter',
      of: [defineArrayMember({type: 'charterVersion'})],
    }),
    defineField({
      name: 'members',
      title: 'Members',
      type: 'array',
      group: 'people',
      of: [defineArrayMember({type: 'member'})],
    }),
    defineField({
      name: 'contacts',
      title: 'Contacts',
      type: 'array',
      group: 'people',
      of: [defineArrayMember({type: 'contact'})],
    }),
    defineField({
      name: 'pages',
      title: 'Pages',
      description: 'The group’s pages, legacy pages and member lists, in the order the wiki listed them.',
      type: 'array',
      group: 'pages',
      of: [defineArrayMember({type: 'reference', to: LINKABLE_TYPES})],
      validation: (rule) => [rule, rule.skip().unique().error('A page is listed twice: remove one of the two entries.')],
    }),
    defineField({name: 'toctree', title: 'Navigation', type: 'array', group: 'pages', of: [defineArrayMember({type: 'tocEntry'})]}),
    defineField({name: 'legacyNotice', title: 'Carried the legacy wiki notice', type: 'boolean', group: 'source', readOnly: true}),
    defineField({name: 'provenance', title: 'Provenance', type: 'provenance', group: 'source'}),
  ],
  orderings: [{title: 'Name', name: 'titleAsc', by: [{field: 'title', direction: 'asc'}]}],
  preview: {
    select: {title: 'title', status: 'status', summary: 'summary', members: 'members'},
    prepare: ({title, status, summary, members}) => ({
      title,
      subtitle: [status, `${members?.filter((m: {former?: boolean}) => !m.former).length ?? 0} members`, summary]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
