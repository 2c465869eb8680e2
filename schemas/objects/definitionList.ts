import {UlistIcon} from '@sanity/icons/Ulist'
import {defineArrayMember, defineField, defineType} from 'sanity'
import {required} from '../required.ts'

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
      validation: (rule) => [rule, required(rule, 'A definition list needs at least one term: add one, or remove the list.'), rule.skip().min(1).error('A definition list needs at least one term: add one, or remove the list.')],
    }),
  ],
  preview: {
    select: {items: 'items'},
    prepare: ({items}) => ({title: items?.[0]?.term ?? 'Definition list', subtitle: `${items?.length ?? 0} terms`}),
  },
})
