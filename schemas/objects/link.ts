import {LinkIcon} from '@sanity/icons/Link'
import {defineField, defineType} from 'sanity'
import {LINK_SCHEMES} from '../options.ts'

/** Annotation: a link to anything outside the content model (web page, mailto, wiki page elsewhere). */
export const link = defineType({
  name: 'link',
  title: 'External link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'href',
      title: 'URL',
      type: 'url',
      // Relative targets stay allowed: the importer keeps a link it could not resolve as written.
      validation: (rule) => rule.required().uri({scheme: LINK_SCHEMES, allowRelative: true}),
    }),
  ],
})
