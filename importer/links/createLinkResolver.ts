import {existsSync} from 'node:fs'
import path from 'node:path'
import {decodeMoinName} from './decodeMoinName.ts'
import {isValidHref} from './isValidHref.ts'
import {squashName} from './loadWikiIndex.ts'
import type {LinkResolver, LinkTarget, ResolvedVia, WikiIndex} from './types.ts'

export interface LinkResolverOptions {
  /** Source path (relative to the wiki root, with `.md`) → document id, for every page the run imports. */
  documentIds: ReadonlyMap<string, string>
  /** Where pages outside the imported tree live: `https://wiki.python.org/` (pages at `<path>.html`). */
  siteUrl: string
  /** Attachments folder; by default `<root>/<section>/_attachments` for a page in `<section>/`. */
  attachmentsDir?: string
}

type Found = {path: string; via: ResolvedVia}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i
/** `./PageName.html`: a MoinMoin export link, relative to the wiki section, with `(2f)` escapes. */
const MOIN_EXPORT = /^\.\/([^/]+)\.html$/
const MAX_REDIRECTS = 5

/**
 * The rules that turn an href written in a page into a target, in order: same-page anchors and
 * hrefs with a scheme stay as they are (unless they are absolute URLs of a page of this wiki);
 * `attachments/...` look in the attachments folder under the page's MoinMoin name; `./Name.html`
 * go through `_redirects.json`; anything else is a path relative to the page (as Sphinx reads it),
 * then an old name in `_redirects.json`, then a path relative to the page's old MoinMoin location
 * (links written before the move), then a MoinMoin name in the page's section.
 */
export function createLinkResolver(index: WikiIndex, options: LinkResolverOptions): LinkResolver {
  const siteUrl = options.siteUrl.endsWith('/') ? options.siteUrl : `${options.siteUrl}/`
  const siteHost = new URL(siteUrl).host

  const findPage = (candidate: string, via: ResolvedVia, depth = 0): Found | undefined => {
    const page = candidate.replace(/\/+$/, '').replace(/\.(md|html)$/i, '')
    if (index.pages.has(page)) return {path: page, via}
    if (index.pages.has(`${page}/index`)) return {path: `${page}/index`, via}
    const redirected = index.redirects[page]
    if (redirected !== undefined && depth < MAX_REDIRECTS) return findPage(redirected, 'redirect', depth + 1)
    if (page.startsWith('people/')) {
      const person = index.people.get(squashName(page.split('/').at(-1)!))
      if (person) return {path: person, via: 'people'}
    }
    return undefined
  }

  const urlFor = (pagePath: string, anchor?: string) =>
    siteUrl + pagePath.split('/').map(encodeURIComponent).join('/') + '.html' + (anchor ? `#${anchor}` : '')

  const target = (found: Found, anchor?: string): LinkTarget => {
    const documentId = options.documentIds.get(`${found.path}.md`)
    return documentId
      ? {kind: 'internal', path: found.path, documentId, via: found.via, ...(anchor ? {anchor} : {})}
      : {kind: 'wikiPage', path: found.path, url: urlFor(found.path, anchor), via: found.via}
  }

  const moinExport = (section: string, name: string): Found | undefined => {
    const decoded = decodeMoinName(name)
    for (const key of new Set([`${section}/${name}`, `${section}/${decoded}`])) {
      const redirected = index.redirects[key]
      if (redirected !== undefined) {
        const found = findPage(redirected, 'redirect')
        if (found) return found
      }
    }
    const direct = findPage(`${section}/${decoded}`, 'moinName')
    if (direct) return direct
    const person = index.people.get(squashName(decoded))
    return person ? {path: person, via: 'people'} : undefined
  }

  /** Links written for the page's MoinMoin location: `../BylawsWG` on `psf/ExampleWG/Charter` meant `psf/BylawsWG`. */
  const fromOldLocation = (fromPath: string, pathPart: string): Found | undefined => {
    for (const name of index.moinNames.get(fromPath.replace(/\.md$/i, '')) ?? []) {
      const joined = path.posix.normalize(path.posix.join(path.posix.dirname(decodeMoinName(name)), pathPart))
      if (joined.startsWith('../')) continue
      const found = findPage(joined, 'moinName')
      if (found) return found
    }
    return undefined
  }

  const attachment = (fromPath: string, rest: string): LinkTarget => {
    const section = fromPath.split('/')[0]!
    const parts = rest.split('/')
    const file = parts.pop()!
    const folder = parts.join('/')
    const page = findPage(path.posix.join(path.posix.dirname(fromPath), folder), 'path')
    const folders = new Set([folder, encodeMoinName(decodeMoinName(folder))])
    for (const name of page ? (index.moinNames.get(page.path) ?? []) : []) {
      if (!name.startsWith(`${section}/`)) continue
      const moin = name.slice(section.length + 1)
      folders.add(moin).add(encodeMoinName(decodeMoinName(moin)))
    }
    for (const candidate of folders) {
      if (options.attachmentsDir) {
        const absolutePath = path.join(options.attachmentsDir, candidate, file)
        if (existsSync(absolutePath)) return {kind: 'attachment', absolutePath, sourcePath: toPosix(path.relative(index.root, absolutePath))}
      } else {
        const sourcePath = `${section}/_attachments/${candidate}/${file}`
        if (index.attachments.has(sourcePath)) return {kind: 'attachment', sourcePath, absolutePath: path.join(index.root, sourcePath)}
      }
    }
    return {kind: 'broken', reason: `no attachment "${file}" under ${[...folders].join(' or ')}`}
  }

  const resolve = (fromPath: string, href: string): LinkTarget => {
    const written = href.trim()
    if (written === '') return {kind: 'broken', reason: 'empty link target'}
    if (written.startsWith('#')) return {kind: 'external'}
    if (SCHEME.test(written)) return isValidHref(written) ? absoluteUrl(written) : {kind: 'broken', reason: 'not a valid URL'}

    const hashAt = written.indexOf('#')
    const anchor = hashAt === -1 ? undefined : written.slice(hashAt + 1) || undefined
    const pathPart = safeDecode((hashAt === -1 ? written : written.slice(0, hashAt)).replace(/\?.*$/, ''))
    const section = fromPath.split('/')[0]!

    if (pathPart.startsWith('/')) {
      const found = findPage(pathPart.slice(1), 'siteUrl')
      return found ? target(found, anchor) : {kind: 'broken', reason: 'site-absolute path that is no page of the wiki'}
    }
    if (pathPart.startsWith('attachments/')) return attachment(fromPath, pathPart.slice('attachments/'.length))

    const moin = MOIN_EXPORT.exec(pathPart)
    if (moin) {
      const found = moinExport(section, moin[1]!)
      return found
        ? target(found, anchor)
        : {kind: 'broken', reason: `old page name "${decodeMoinName(moin[1]!)}" is not in _redirects.json and no such page exists`}
    }

    const joined = path.posix.normalize(path.posix.join(path.posix.dirname(fromPath), pathPart))
    if (joined === '..' || joined.startsWith('../')) return {kind: 'broken', reason: 'leads outside the wiki'}
    const found =
      findPage(joined, 'path') ?? fromOldLocation(fromPath, pathPart) ?? (pathPart.startsWith('.') ? undefined : moinExport(section, pathPart.replace(/\.html$/i, '')))
    return found ? target(found, anchor) : {kind: 'broken', reason: `no page "${joined}" in the wiki`}
  }

  /** An absolute URL: a page of this wiki becomes a reference when the run imports it; anything else stays. */
  const absoluteUrl = (href: string): LinkTarget => {
    let url: URL
    try {
      url = new URL(href)
    } catch {
      return {kind: 'external'}
    }
    if (!/^https?:$/.test(url.protocol) || url.host !== siteHost || url.search) return {kind: 'external'}
    const found = findPage(safeDecode(url.pathname).replace(/^\/+/, ''), 'siteUrl')
    if (!found || !options.documentIds.has(`${found.path}.md`)) return {kind: 'external'}
    return target(found, url.hash.slice(1) || undefined)
  }

  const moinNameFor = (sourcePath: string) => index.moinNames.get(sourcePath.replace(/\.md$/i, ''))?.[0]

  return {resolve, urlFor, moinNameFor}
}

/** MoinMoin's file-system quoting: runs of characters other than letters, digits and `_.` become `(hex)`. */
function encodeMoinName(name: string): string {
  return name.replace(/[^A-Za-z0-9_.]+/g, (run) => `(${Buffer.from(run, 'utf8').toString('hex')})`)
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/')
}
