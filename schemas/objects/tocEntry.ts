import {defineField, defineType} from 'sanity'
import {LINKABLE_TYPES} from '../options.ts'

/** One entry of a page's `{toctree}`: the navigation the wiki showed below the page, in order. */
export const tocEntry = defineType({
  name: 'tocEntry',
  title: 'Navigation entry',
  type: 'object',
  fields: [
    // What the wiki wrote, kept by the import; an entry an editor adds has none and names its document instead.
    defineField({name: 'target', title: 'Target as written', type: 'string', readOnly: true}),
    defineField({name: 'title', title: 'Title', type: 'string'}),
    defineField({
      name: 'document',
      title: 'Document',
      type: 'reference',
      to: LINKABLE_TYPES,
      validation: (rule) =>
        rule.custom((document, context) =>
          document || (context.parent as {target?: string} | undefined)?.target ? true : 'Choose the document this navigation entry leads to.',
        ),
    }),
  ],
  preview: {select: {title: 'document.title', target: 'target'}, prepare: ({title, target}) => ({title: title || target, subtitle: target})},
})
