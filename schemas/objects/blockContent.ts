import {defineArrayMember, defineType} from 'sanity'
import {defineTextBlock} from './blockMember.ts'

/** The rich text of a page body or a charter: text blocks plus tables, callouts, code, images, attachments. */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Rich text',
  type: 'array',
  of: [
    defineTextBlock({headings: true}),
    defineArrayMember({type: 'table'}),
    defineArrayMember({type: 'callout'}),
    defineArrayMember({type: 'codeBlock'}),
    defineArrayMember({type: 'definitionList'}),
    defineArrayMember({type: 'figure'}),
    defineArrayMember({type: 'attachment'}),
  ],
})
