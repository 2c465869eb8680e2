import {ImageIcon} from '@sanity/icons/Image'
import {defineField, defineType} from 'sanity'
import {LINK_SCHEMES} from '../options.ts'

/**
 * An image inside running text: a badge, a small picture beside words, one of several images on
 * a line. Like `figure`, an image embedded from elsewhere keeps its address in `sourceUrl` until
 * an editor uploads the file. Inline objects take no annotations, so an image the wiki wrapped
 * in a link keeps the link's target in `href`.
 */
export const inlineImage = defineType({
  name: 'inlineImage',
  title: 'Inline image',
  type: 'image',
  icon: ImageIcon,
  fields: [
    defineField({name: 'alt', title: 'Alternative text', type: 'string'}),
    defineField({
      name: 'sourceUrl',
      title: 'Original address',
      type: 'url',
      validation: (rule) => rule.uri({scheme: ['http', 'https'], allowRelative: true}).error('The image address must start with https:// (or be a path on the site).'),
    }),
    defineField({
      name: 'href',
      title: 'Links to',
      type: 'url',
      validation: (rule) =>
        rule
          .uri({scheme: LINK_SCHEMES, allowRelative: true})
          .error('The link cannot open this address: write a full address such as https://example.org/page, a mailto: address or a path on the site, with no spaces and no user name or password.'),
    }),
  ],
  preview: {select: {title: 'alt', subtitle: 'sourceUrl', media: 'asset'}},
})
