import {UserIcon} from '@sanity/icons/User'
import {defineField, defineType} from 'sanity'
import {required} from '../required.ts'

/** A wiki username in an old MoinMoin group, with the people page it linked to, if any. */
export const memberListEntry = defineType({
  name: 'memberListEntry',
  title: 'Username',
  type: 'object',
  icon: UserIcon,
  fields: [
    defineField({name: 'username', title: 'Username', type: 'string', validation: (rule) => [rule, required(rule, 'Give the wiki username.')]}),
    defineField({
      name: 'profileUrl',
      title: 'Profile page',
      type: 'url',
      validation: (rule) => rule.uri({scheme: ['http', 'https']}).error('The profile page must be a full web address starting with https://.'),
    }),
  ],
  preview: {select: {title: 'username', subtitle: 'profileUrl'}},
})
