import {extractContacts} from '../../importer/extract/extractContacts.ts'
import {h3, li, p} from '../fixtures/structure/blocks.ts'

const contactsOf = (...body: ReturnType<typeof p>[]) =>
  extractContacts({sourcePath: 'x.md', body}).map(({kind, value, label}) => (label ? {kind, value, label} : {kind, value}))

describe('extractContacts', () => {
  test.each<[string, ReturnType<typeof p>, object[]]>([
    ['a mailto link', p('Write to ', {text: 'packaging-wg@python.org', href: 'mailto:packaging-wg@python.org'}), [{kind: 'email', value: 'packaging-wg@python.org'}]],
    ['a labelled mailto link', p({text: 'Email the WG', href: 'mailto:x-wg@python.org?subject=hi'}), [{kind: 'email', value: 'x-wg@python.org', label: 'Email the WG'}]],
    [
      'a Mailman listinfo page',
      li({text: 'PSF Bylaws WG Mailing List', href: 'http://mail.python.org/mailman/listinfo/psf-bylaws-wg'}),
      [{kind: 'mailingList', value: 'http://mail.python.org/mailman/listinfo/psf-bylaws-wg', label: 'PSF Bylaws WG Mailing List'}],
    ],
    [
      'a Mailman 3 list',
      p({text: 'https://mail.python.org/mm3/mailman3/lists/translation.python.org/', href: 'https://mail.python.org/mm3/mailman3/lists/translation.python.org/'}),
      [{kind: 'mailingList', value: 'https://mail.python.org/mm3/mailman3/lists/translation.python.org/'}],
    ],
    ['a Slack channel in text', p('via Slack (the-psf.slack.com#packaging-wg).'), [{kind: 'chat', value: 'the-psf.slack.com#packaging-wg', label: 'Slack'}]],
    [
      'a Slack URL (not also read from its text)',
      p({text: 'https://thepsf.slack.com/messages/C61', href: 'https://thepsf.slack.com/messages/C61'}),
      [{kind: 'chat', value: 'https://thepsf.slack.com/messages/C61'}],
    ],
    ['an ordinary web link', p({text: 'docs', href: 'https://docs.python.org/'}), []],
  ])('extractContacts: %s', (_name, block, expected) => {
    expect(contactsOf(block)).toEqual(expected)
  })

  test('extractContacts: each contact once; people’s own addresses and FAQ sections left out', () => {
    const personal = new Set(['georgi@python.org'])
    const body = [
      p({text: 'a@python.org', href: 'mailto:a@python.org'}),
      p({text: 'A@python.org', href: 'mailto:A@python.org'}),
      li('Georgi Ker ', {text: 'georgi@python.org', href: 'mailto:georgi@python.org'}),
      h3('FAQ:'),
      p({text: 'Education SIG mailing list', href: 'https://mail.python.org/mailman/listinfo/edu-sig'}),
    ]
    expect(extractContacts({sourcePath: 'x.md', body}, personal).map((contact) => contact.value)).toEqual(['a@python.org'])
  })
})
