import {ImportError} from '../errors/ImportError.ts'

/**
 * A link that leads nowhere: the page, the line (when it could be found in the source), the href
 * as written and why it did not resolve. Broken links are not fatal: the stage keeps the link as
 * written and hands these records to the report; a caller may still throw one.
 */
export class LinkResolutionError extends ImportError {
  readonly href: string
  readonly reason: string
  /** Where the link sat: body text, link text that CommonMark did not parse, a `{toctree}` entry, or an image's address. */
  readonly origin: 'markDef' | 'text' | 'toctree' | 'image'

  constructor(sourcePath: string, href: string, reason: string, origin: LinkResolutionError['origin'], line?: number) {
    super('links', 'broken-link', sourcePath, `broken link "${href}": ${reason}`, line)
    this.name = 'LinkResolutionError'
    this.href = href
    this.reason = reason
    this.origin = origin
    // A broken link is a record for the report, made by the thousand, not a failure in flight:
    // the call sites V8 captured (~0.8 KB per link, always the links stage) are dropped.
    this.stack = `${this.name}: ${this.message}`
  }

  override toJSON() {
    return {...super.toJSON(), href: this.href, reason: this.reason, origin: this.origin}
  }
}
