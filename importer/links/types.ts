/**
 * Shapes of the links stage: what the wiki around the imported tree holds, and what a link
 * written in a page turned out to point at.
 */

/** The wiki the imported tree lives in: every page, attachment and old page name, read once. */
export interface WikiIndex {
  /** Absolute path of the wiki root (the folder holding `_redirects.json`). */
  root: string
  /** Every page of the wiki as a path relative to the root without `.md`: `psf/working-groups/Packaging`. */
  pages: ReadonlySet<string>
  /** Old MoinMoin page names (`psf/PackagingWG`) to new paths (`psf/working-groups/Packaging`), as `_redirects.json` has them. */
  redirects: Readonly<Record<string, string>>
  /** New path to the old names that lead to it, best first (see `loadWikiIndex`). */
  moinNames: ReadonlyMap<string, readonly string[]>
  /** People pages by squashed name (`ewajodlowska` → `people/D-E/Ewa Jodlowska`). */
  people: ReadonlyMap<string, string>
  /** Every attachment file, relative to the root: `psf/_attachments/BylawsWG/x.pdf`. */
  attachments: ReadonlySet<string>
}

/** Where one href leads. `via` says which rule found it, for the report. */
export type LinkTarget =
  /** A page of the imported tree: becomes an `internalLink` reference. */
  | {kind: 'internal'; path: string; documentId: string; anchor?: string; via: ResolvedVia}
  /** A wiki page outside the imported tree: becomes an absolute URL under the site URL. */
  | {kind: 'wikiPage'; path: string; url: string; via: ResolvedVia}
  /** An attached file that exists: becomes an `attachmentLink`. */
  | {kind: 'attachment'; sourcePath: string; absolutePath: string}
  /** Anything with a scheme (https, mailto, irc...) or a same-page anchor: kept as written. */
  | {kind: 'external'}
  /** A relative target that leads nowhere: kept as written and reported. */
  | {kind: 'broken'; reason: string}

export type ResolvedVia = 'path' | 'redirect' | 'people' | 'moinName' | 'siteUrl'

/** Resolves hrefs written in one page of the wiki; pure apart from its index, so it can be shared by stages. */
export interface LinkResolver {
  /** `fromPath` is the page's path relative to the wiki root, with `.md`. */
  resolve(fromPath: string, href: string): LinkTarget
  /** The public URL of a wiki page (path without `.md`). */
  urlFor(pagePath: string, anchor?: string): string
  /** The old MoinMoin page name of a source file, when `_redirects.json` knows one. */
  moinNameFor(sourcePath: string): string | undefined
}
