import {InfoOutlineIcon} from '@sanity/icons/InfoOutline'
import {defineField, defineType} from 'sanity'
import {CALLOUT_KINDS} from '../options.ts'
import {required} from '../required.ts'

/** A highlighted box: MyST admonitions such as note, warning or a titled generic admonition. */
export const callout = defineType({
  name: 'callout',
  title: 'Callout',
  type: 'object',
  icon: InfoOutlineIcon,
  fields: [
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      options: {list: [...CALLOUT_KINDS]},
      initialValue: 'note',
      validation: (rule) => [rule, required(rule, 'Choose the kind of callout: Note, Tip, Warning…')],
    }),
    defineField({name: 'title', title: 'Title', type: 'string'}),
    defineField({name: 'body', title: 'Body', type: 'simpleBlockContent'}),
  ],
  preview: {
    select: {kind: 'kind', title: 'title'},
    prepare: ({kind, title}) => ({title: title || kind || 'Callout', subtitle: `Callout · ${kind ?? ''}`}),
  },
})
