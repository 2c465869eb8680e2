import {LinkIcon} from '@sanity/icons/Link'
import {defineField, defineType} from 'sanity'
import {LINK_SCHEMES} from '../options.ts'
import {required} from '../required.ts'

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
      validation: (rule) => [
        required(rule, 'The link needs an address: paste the URL it should open.'),
        rule
          .uri({scheme: LINK_SCHEMES, allowRelative: true})
          .error('The link cannot open this address: write a full address such as https://example.org/page, a mailto: address or a path on the site, with no spaces and no user name or password.'),
      ],
    }),
  ],
})
