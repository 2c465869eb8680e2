import {UserIcon} from '@sanity/icons/User'
import {defineField, defineType} from 'sanity'
import {MEMBER_ROLES} from '../options.ts'
import {required} from '../required.ts'

/** A person on a working group, with the role the charter or member list gives them. */
export const member = defineType({
  name: 'member',
  title: 'Member',
  type: 'object',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) => [rule, required(rule, 'Give the member’s name, as the group’s page should show it.')],
    }),
    defineField({
      name: 'role',
      title: 'Role',
      type: 'string',
      options: {list: [...MEMBER_ROLES]},
      initialValue: 'member',
      validation: (rule) => [rule, required(rule, 'Choose the member’s role: Chair, Member, Observer…')],
    }),
    defineField({name: 'former', title: 'Former member', type: 'boolean', initialValue: false}),
    defineField({
      name: 'note',
      title: 'Note',
      description: 'What the source says beside the name, such as "PSF Board member".',
      type: 'string',
    }),
    defineField({name: 'email', title: 'Email', type: 'email'}),
    defineField({name: 'wikiUsername', title: 'Wiki username', type: 'string'}),
  ],
  preview: {
    select: {name: 'name', role: 'role', former: 'former', note: 'note'},
    prepare: ({name, role, former, note}) => ({
      title: name,
      subtitle: [former ? `former ${role}` : role, note].filter(Boolean).join(' · '),
    }),
  },
})
