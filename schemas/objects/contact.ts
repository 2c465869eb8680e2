import {EnvelopeIcon} from '@sanity/icons/Envelope'
import {defineField, defineType} from 'sanity'
import {CONTACT_KINDS, EMAIL_PATTERN} from '../options.ts'


/** One way to reach a working group: an address, a mailing list, a chat channel or a site. */
export const contact = defineType({
  name: 'contact',
  title: 'Contact',
  type: 'object',
  icon: EnvelopeIcon,
  fields: [
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      options: {list: [...CONTACT_KINDS], layout: 'radio', direction: 'horizontal'},
      validation: (rule) => rule.required(),
    }),
    defineField({name: 'label', title: 'Label', type: 'string'}),
    defineField({
      name: 'value',
      title: 'Address',
      description: 'An email address for email; a URL for mailing lists and sites; a channel or URL for chat.',
      type: 'string',
      validation: (rule) =>
        rule.required().custom((value, context) => {
          const kind = (context.parent as {kind?: string} | undefined)?.kind
          if (typeof value !== 'string') return true
          if (kind === 'email') return EMAIL_PATTERN.test(value) || 'Must be a valid email address'
          if (kind === 'mailingList' || kind === 'website') {
            return /^(https?:\/\/\S+|mailto:\S+@\S+)$/.test(value) || 'Must be an http(s) URL or a mailto: address'
          }
          return true
        }),
    }),
  ],
  preview: {
    select: {kind: 'kind', label: 'label', value: 'value'},
    prepare: ({kind, label, value}) => ({title: label || value, subtitle: `${kind ?? ''} · ${value ?? ''}`}),
  },
})
