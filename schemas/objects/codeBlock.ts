import {CodeIcon} from '@sanity/icons/Code'
import {defineField, defineType} from 'sanity'
import {required} from '../required.ts'

/** Preformatted code, with its language when the source named one. */
export const codeBlock = defineType({
  name: 'codeBlock',
  title: 'Code',
  type: 'object',
  icon: CodeIcon,
  fields: [
    defineField({name: 'language', title: 'Language', type: 'string'}),
    defineField({name: 'code', title: 'Code', type: 'text', rows: 8, validation: (rule) => [rule, required(rule, 'The code block is empty: paste the code, or remove the block.')]}),
  ],
  preview: {
    select: {language: 'language', code: 'code'},
    prepare: ({language, code}) => ({title: String(code ?? '').split('\n')[0], subtitle: `Code · ${language || 'plain'}`}),
  },
})
