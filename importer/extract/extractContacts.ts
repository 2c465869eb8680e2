import {EMAIL_PATTERN, type ContactKind} from '../../schemas/options.ts'
import {blockText, isHeading, isTextBlock} from '../classify/blockText.ts'
import {mapTextBlocks} from '../links/mapTextBlocks.ts'
import type {BodyBlock, TextBlock} from '../types.ts'
import {factKey} from './factKey.ts'
import type {ContactFact} from './types.ts'
import {isSpan} from '../isSpan.ts'

/** Sections about other groups or questions, whose addresses are not the group's own: the FAQ. */
const SKIPPED_SECTION = /\bFAQ\b|^Q:/i
const MAILING_LIST = /^https?:\/\/[^/]+\/(?:mailman3?\/(?:listinfo|lists)|mm3\/mailman3\/lists)\//i
const SLACK_URL = /^https?:\/\/[\w-]+\.slack\.com\b/i
const SLACK_TEXT = /(?<![/\w.-])([\w-]+\.slack\.com)(?![/\w])(?:\s*(#[\w-]+))?/gi

/** How each kind of link target becomes a contact; the first rule that answers wins. */
const HREF_RULES: ((href: string, text: string) => {kind: ContactKind; value: string; label?: string} | undefined)[] = [
  (href, text) => {
    if (!/^mailto:/i.test(href)) return undefined
    const value = decodeURIComponent(href.slice(7).split('?')[0]!).trim()
    return EMAIL_PATTERN.test(value) ? {kind: 'email', value, ...labelUnless(text, value)} : undefined
  },
  (href, text) => (MAILING_LIST.test(href) ? {kind: 'mailingList', value: href, ...labelUnless(text, href)} : undefined),
  (href, text) => (SLACK_URL.test(href) ? {kind: 'chat', value: href, ...labelUnless(text, href)} : undefined),
]

/**
 * The ways to reach a group that a page gives: email addresses it links with `mailto:`, mailing
 * list pages (Mailman `listinfo` URLs), Slack workspaces and channels, linked or written out
 * ("the-psf.slack.com#packaging-wg"). Addresses of people (`personal`) and everything under an
 * FAQ heading are left out. Each contact once, in order of appearance.
 */
export function extractContacts(page: {sourcePath: string; body: readonly BodyBlock[]}, personal: ReadonlySet<string> = new Set()): ContactFact[] {
  const contacts = new Map<string, ContactFact>()
  const add = (contact: {kind: ContactKind; value: string; label?: string}) => {
    const identity = `${contact.kind}:${contact.value.toLowerCase()}`
    if (contact.kind === 'email' && personal.has(contact.value.toLowerCase())) return
    if (!contacts.has(identity)) contacts.set(identity, {_type: 'contact', _key: factKey('contact', identity), ...contact, sourcePath: page.sourcePath})
  }

  const headings: {level: number; skipped: boolean}[] = []
  const visit = (block: TextBlock) => {
    for (const def of block.markDefs) {
      if (def._type !== 'link') continue
      const text = block.children.filter(isSpan).filter((span) => span.marks.includes(def._key)).map((span) => span.text).join('')
      const contact = HREF_RULES.reduce<ReturnType<(typeof HREF_RULES)[number]>>((found, rule) => found ?? rule(def.href, text.trim()), undefined)
      if (contact) add(contact)
    }
    for (const match of blockText(block).matchAll(SLACK_TEXT)) add({kind: 'chat', value: `${match[1]}${match[2] ?? ''}`, label: 'Slack'})
    return block
  }

  for (const block of page.body) {
    if (isTextBlock(block) && isHeading(block)) {
      const level = Number(block.style.slice(1))
      while (headings.length && headings.at(-1)!.level >= level) headings.pop()
      const parentSkipped = headings.some((heading) => heading.skipped)
      headings.push({level, skipped: parentSkipped || SKIPPED_SECTION.test(blockText(block).trim())})
    }
    if (headings.some((heading) => heading.skipped)) continue
    mapTextBlocks([block], visit)
  }
  return [...contacts.values()]
}

function labelUnless(text: string, value: string): {label?: string} {
  const label = text.replace(/^mailto:/i, '').trim()
  return label && label.toLowerCase() !== value.toLowerCase() && !/^https?:/i.test(label) ? {label} : {}
}
