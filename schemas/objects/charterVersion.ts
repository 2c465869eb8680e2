import {DocumentTextIcon} from '@sanity/icons/DocumentText'
import {defineField, defineType} from 'sanity'
import {required} from '../required.ts'

/** One version of a working group's charter, as the wiki kept it (Charter, Charter_v2, ...). */
export const charterVersion = defineType({
  name: 'charterVersion',
  title: 'Charter version',
  type: 'object',
  icon: DocumentTextIcon,
  fields: [
    defineField({name: 'title', title: 'Title', type: 'string', validation: (rule) => [rule, required(rule, 'Give this charter version a title (for example "Packaging WG Charter").')]}),
    defineField({name: 'version', title: 'Version', type: 'number', validation: (rule) => [rule, rule.skip().integer().min(1).error('The version is a whole number: 1 for the first charter, 2 for the next…')]}),
    defineField({name: 'legacyNotice', title: 'Carried the legacy wiki notice', type: 'boolean', readOnly: true}),
    defineField({name: 'body', title: 'Text', type: 'blockContent'}),
    defineField({name: 'provenance', title: 'Provenance', type: 'provenance'}),
  ],
  preview: {
    select: {title: 'title', version: 'version'},
    prepare: ({title, version}) => ({title, subtitle: version ? `Version ${version}` : undefined}),
  },
})
