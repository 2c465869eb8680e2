import {LockIcon} from '@sanity/icons/Lock'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {required} from '../required.ts'

/** An old MoinMoin edit-permission group ("PackagingWGGroup"): who could edit a group's pages. */
export const memberList = defineType({
  name: 'memberList',
  title: 'Member list',
  type: 'document',
  icon: LockIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      validation: (rule) => [rule, required(rule, 'The member list needs a title (for example "Packaging WG Group").')],
    }),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      options: {source: 'title', maxLength: 200},
      validation: (rule) => [rule, required(rule, 'The member list needs a slug, its address on the site: click Generate to make one from the title.')],
    }),
    defineField({
      name: 'moinGroupName',
      title: 'MoinMoin group name',
      type: 'string',
      validation: (rule) => [rule, required(rule, 'Give the MoinMoin group name as the wiki spelled it (for example "PackagingWGGroup").')],
    }),
    defineField({
      name: 'entries',
      title: 'Usernames',
      type: 'array',
      of: [defineArrayMember({type: 'memberListEntry'})],
    }),
    defineField({name: 'group', title: 'Working group', type: 'reference', to: [{type: 'workingGroup'}]}),
    defineField({name: 'body', title: 'Remaining text', type: 'blockContent'}),
    defineField({name: 'legacyNotice', title: 'Carried the legacy wiki notice', type: 'boolean', readOnly: true}),
    defineField({name: 'provenance', title: 'Provenance', type: 'provenance'}),
  ],
  preview: {
    select: {title: 'title', entries: 'entries', group: 'group.title'},
    prepare: ({title, entries, group}) => ({
      title,
      subtitle: [`${entries?.length ?? 0} usernames`, group].filter(Boolean).join(' · '),
    }),
  },
})
