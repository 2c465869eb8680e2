import {LINK_SCHEMES} from '../../schemas/options.ts'

const SCHEMES = new Set(LINK_SCHEMES)

/**
 * Whether the schema's `link.href` rule accepts an href: present, parseable as a URL relative to
 * some origin, and with an allowed scheme when it has one. The same test Sanity's `uri` rule
 * makes with `allowRelative`, so that a link kept as written never fails validation.
 */
export function isValidHref(href: string): boolean {
  if (href.trim() === '') return false
  let url: URL
  try {
    url = new URL(href, 'http://sanity')
  } catch {
    return false
  }
  return /^\.*\//.test(href) || SCHEMES.has(url.protocol.replace(/:$/, ''))
}
