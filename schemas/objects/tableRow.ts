import {defineArrayMember, defineField, defineType} from 'sanity'
import {required} from '../required.ts'

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
      validation: (rule) => [rule, required(rule, 'A row needs at least one cell: add a cell, or remove the row.'), rule.skip().min(1).error('A row needs at least one cell: add a cell, or remove the row.')],
    }),
  ],
})
