import {defineField, defineType} from 'sanity'
import {required} from '../required.ts'

/** One term of a definition list with its description. */
export const definitionItem = defineType({
  name: 'definitionItem',
  title: 'Definition',
  type: 'object',
  fields: [
    defineField({name: 'term', title: 'Term', type: 'string', validation: (rule) => [rule, required(rule, 'Give the term this entry defines.')]}),
    defineField({name: 'description', title: 'Description', type: 'simpleBlockContent'}),
  ],
})
