import {defineField, defineType} from 'sanity'
import {required} from '../required.ts'

/**
 * Where an imported document came from. Read-only: editors use it to trace a page back to the
 * wiki, the importer uses `importHash` to tell its own last write from an editor's change.
 */
export const provenance = defineType({
  name: 'provenance',
  title: 'Provenance',
  type: 'object',
  readOnly: true,
  options: {collapsible: true, collapsed: true},
  fields: [
    defineField({name: 'sourcePath', title: 'Source path', type: 'string', validation: (rule) => [rule, required(rule, 'The source path is set by the import and says which wiki page this came from; it cannot be empty.')]}),
    defineField({name: 'moinName', title: 'Old MoinMoin page name', type: 'string'}),
    defineField({name: 'importHash', title: 'Hash of the imported content', type: 'string'}),
  ],
})
