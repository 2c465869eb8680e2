import {defineField, defineType} from 'sanity'
import {LINKABLE_TYPES} from '../options.ts'

/** One entry of a page's `{toctree}`: the navigation the wiki showed below the page, in order. */
export const tocEntry = defineType({
  name: 'tocEntry',
  title: 'Navigation entry',
  type: 'object',
  fields: [
    defineField({name: 'target', title: 'Target as written', type: 'string', readOnly: true, validation: (rule) => rule.required()}),
    defineField({name: 'title', title: 'Title', type: 'string'}),
    defineField({name: 'document', title: 'Document', type: 'reference', to: LINKABLE_TYPES}),
  ],
  preview: {select: {title: 'document.title', target: 'target'}, prepare: ({title, target}) => ({title: title || target, subtitle: target})},
})
