import {DocumentPdfIcon} from '@sanity/icons/DocumentPdf'
import {defineField, defineType} from 'sanity'
import {required} from '../required.ts'

/** A file the page linked to as an attachment (mostly PDFs), uploaded as a Sanity file asset. */
export const attachment = defineType({
  name: 'attachment',
  title: 'Attachment',
  type: 'file',
  icon: DocumentPdfIcon,
  fields: [
    defineField({name: 'title', title: 'Title', type: 'string', validation: (rule) => [rule, required(rule, 'Give the attachment a title, as readers see it.')]}),
    defineField({name: 'sourcePath', title: 'Original path', type: 'string', readOnly: true}),
  ],
  preview: {select: {title: 'title', subtitle: 'sourcePath'}},
})
