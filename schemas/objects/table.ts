import {ThListIcon} from '@sanity/icons/ThList'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {required} from '../required.ts'

/** A table: rows of cells, the first `headerRows` rows being headings. */
export const table = defineType({
  name: 'table',
  title: 'Table',
  type: 'object',
  icon: ThListIcon,
  fields: [
    defineField({name: 'caption', title: 'Caption', type: 'string'}),
    defineField({
      name: 'headerRows',
      title: 'Header rows',
      type: 'number',
      initialValue: 1,
      validation: (rule) => [rule, rule.skip().integer().min(0).error('Header rows: a whole number, 0 for a table without a header row.')],
    }),
    defineField({
      name: 'rows',
      title: 'Rows',
      type: 'array',
      of: [defineArrayMember({type: 'tableRow'})],
      validation: (rule) => [rule, required(rule, 'A table needs at least one row: add a row, or remove the table.'), rule.skip().min(1).error('A table needs at least one row: add a row, or remove the table.')],
    }),
  ],
  preview: {
    select: {caption: 'caption', rows: 'rows'},
    prepare: ({caption, rows}) => ({
      title: caption || 'Table',
      subtitle: `${rows?.length ?? 0} rows × ${rows?.[0]?.cells?.length ?? 0} columns`,
    }),
  },
})
