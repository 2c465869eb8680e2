import {EnvelopeIcon} from '@sanity/icons/Envelope'
import {defineField, defineType} from 'sanity'
import {CONTACT_KINDS, EMAIL_PATTERN} from '../options.ts'
import {required} from '../required.ts'


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
      validation: (rule) => [rule, required(rule, 'Choose how people reach the group: email, mailing list, chat or website.')],
    }),
    defineField({name: 'label', title: 'Label', type: 'string'}),
    defineField({
      name: 'value',
      title: 'Address',
      description: 'An email address for email; a URL for mailing lists and sites; a channel or URL for chat.',
      type: 'string',
      // Two rules: a message given with .error() would replace the custom rule's own messages too.
      validation: (rule) => [
        required(rule, 'Give the address: an email address, a web address or a chat channel.'),
        rule.custom((value, context) => {
          const kind = (context.parent as {kind?: string} | undefined)?.kind
          if (typeof value !== 'string') return true
          if (kind === 'email') return EMAIL_PATTERN.test(value) || 'This is not an email address: write it as name@example.org.'
          if (kind === 'mailingList' || kind === 'website') {
            return /^(https?:\/\/\S+|mailto:\S+@\S+)$/.test(value) || 'Write a web address starting with https:// (or a mailto: address).'
          }
          return true
        }),
      ],
    }),
  ],
  preview: {
    select: {kind: 'kind', label: 'label', value: 'value'},
    prepare: ({kind, label, value}) => ({title: label || value, subtitle: `${kind ?? ''} · ${value ?? ''}`}),
  },
})
