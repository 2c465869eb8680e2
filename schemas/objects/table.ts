import {ThListIcon} from '@sanity/icons/ThList'
import {defineArrayMember, defineField, defineType} from 'sanity'

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
      validation: (rule) => rule.integer().min(0),
    }),
    defineField({
      name: 'rows',
      title: 'Rows',
      type: 'array',
      of: [defineArrayMember({type: 'tableRow'})],
      validation: (rule) => rule.required().min(1),
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
