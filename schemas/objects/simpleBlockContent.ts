import {defineArrayMember, defineType} from 'sanity'
import {defineTextBlock} from './blockMember.ts'

/** Rich text nested inside a callout, a table cell or a definition: no headings, no tables. */
export const simpleBlockContent = defineType({
  name: 'simpleBlockContent',
  title: 'Simple rich text',
  type: 'array',
  of: [defineTextBlock({headings: false}), defineArrayMember({type: 'codeBlock'}), defineArrayMember({type: 'figure'})],
})
