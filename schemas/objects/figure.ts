import {ImageIcon} from '@sanity/icons/Image'
import {defineField, defineType} from 'sanity'

/**
 * An image. Images the wiki embedded from elsewhere keep their address in `sourceUrl` until an
 * editor uploads the file; uploaded ones have the asset.
 */
export const figure = defineType({
  name: 'figure',
  title: 'Image',
  type: 'image',
  icon: ImageIcon,
  fields: [
    defineField({name: 'alt', title: 'Alternative text', type: 'string'}),
    defineField({name: 'caption', title: 'Caption', type: 'string'}),
    defineField({
      name: 'sourceUrl',
      title: 'Original address',
      type: 'url',
      validation: (rule) => rule.uri({scheme: ['http', 'https'], allowRelative: true}).error('The image address must start with https:// (or be a path on the site).'),
    }),
  ],
  preview: {select: {title: 'alt', subtitle: 'sourceUrl', media: 'asset'}},
})
