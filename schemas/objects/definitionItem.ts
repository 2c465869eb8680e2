import {defineField, defineType} from 'sanity'

/** One term of a definition list with its description. */
export const definitionItem = defineType({
  name: 'definitionItem',
  title: 'Definition',
  type: 'object',
  fields: [
    defineField({name: 'term', title: 'Term', type: 'string', validation: (rule) => rule.required()}),
    defineField({name: 'description', title: 'Description', type: 'simpleBlockContent'}),
  ],
})
