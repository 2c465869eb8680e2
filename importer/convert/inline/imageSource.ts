import type {Token} from 'markdown-it'

/** pandoc's MoinMoin export wrote some titles into the address: `a.png%20"Title"`. */
const TITLE_IN_ADDRESS = /%20"([^"]*)"$/

/**
 * An image token's address and title, with a title that pandoc wrote into the address (as
 * `%20"…"`, which CommonMark keeps in the URL) moved back out: the file is `a.png`, and a
 * `"` would fail the schema's URL rule.
 */
export function imageSource(image: Token): {src: string; title?: string} {
  const written = image.attrGet('src') ?? ''
  const match = TITLE_IN_ADDRESS.exec(written)
  const src = match ? written.slice(0, match.index) : written
  const title = image.attrGet('title') ?? (match ? decodeURIComponent(match[1].replace(/%(?![0-9A-Fa-f]{2})/g, '%25')) : undefined)
  return title === undefined || title === null ? {src} : {src, title}
}
