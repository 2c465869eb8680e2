import {DocumentsIcon} from '@sanity/icons/Documents'
import {defineField, defineType} from 'sanity'
import {LINKABLE_TYPES} from '../options.ts'
import {required} from '../required.ts'

/** Annotation: a link to another document of this dataset, kept as a reference so it survives renames. */
export const internalLink = defineType({
  name: 'internalLink',
  title: 'Internal link',
  type: 'object',
  icon: DocumentsIcon,
  fields: [
    defineField({
      name: 'reference',
      title: 'Document',
      type: 'reference',
      to: LINKABLE_TYPES,
      validation: (rule) => [rule, required(rule, 'Choose the page this link leads to.')],
    }),
    defineField({
      name: 'anchor',
      title: 'Anchor',
      description: 'Optional fragment inside the target page, without the #.',
      type: 'string',
    }),
  ],
})
