import {DocumentPdfIcon} from '@sanity/icons/DocumentPdf'
import {defineField, defineType} from 'sanity'
import {required} from '../required.ts'

/** Annotation: text that links to an attached file (the wiki's `attachments/...` links). */
export const attachmentLink = defineType({
  name: 'attachmentLink',
  title: 'Attachment link',
  type: 'object',
  icon: DocumentPdfIcon,
  fields: [
    defineField({name: 'file', title: 'File', type: 'file', validation: (rule) => [rule, required(rule, 'Choose the file this link opens: upload it, or pick one already uploaded.')]}),
    defineField({name: 'sourcePath', title: 'Original path', type: 'string', readOnly: true}),
  ],
})
