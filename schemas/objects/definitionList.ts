import {UlistIcon} from '@sanity/icons/Ulist'
import {defineArrayMember, defineField, defineType} from 'sanity'

/** A definition list (term, then its descriptions), which Portable Text blocks cannot express. */
export const definitionList = defineType({
  name: 'definitionList',
  title: 'Definition list',
  type: 'object',
  icon: UlistIcon,
  fields: [
    defineField({
      name: 'items',
      title: 'Items',
      type: 'array',
      of: [defineArrayMember({type: 'definitionItem'})],
      validation: (rule) => rule.required().min(1),
    }),
  ],
  preview: {
    select: {items: 'items'},
    prepare: ({items}) => ({title: items?.[0]?.term ?? 'Definition list', subtitle: `${items?.length ?? 0} terms`}),
  },
})
