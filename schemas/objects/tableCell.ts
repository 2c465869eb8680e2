import {defineField, defineType} from 'sanity'

/** One cell: rich text, because wiki tables hold links and emphasis that must survive. */
export const tableCell = defineType({
  name: 'tableCell',
  title: 'Cell',
  type: 'object',
  fields: [
    defineField({name: 'content', title: 'Content', type: 'simpleBlockContent'}),
    defineField({name: 'colSpan', title: 'Columns spanned', type: 'number', validation: (rule) => [rule, rule.skip().integer().min(1).error('A cell spans a whole number of columns, 1 or more.')]}),
  ],
})
