import {defineArrayMember, defineField, defineType} from 'sanity'

/** One table row. Sanity arrays cannot nest arrays, hence the row object. */
export const tableRow = defineType({
  name: 'tableRow',
  title: 'Row',
  type: 'object',
  fields: [
    defineField({
      name: 'cells',
      title: 'Cells',
      type: 'array',
      of: [defineArrayMember({type: 'tableCell'})],
      validation: (rule) => rule.required().min(1),
    }),
  ],
})
