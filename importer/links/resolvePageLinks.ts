import type {BodyBlock, Figure, InlineImage, MarkDef, TextBlock} from '../types.ts'
import {annotateTextLinks} from './annotateTextLinks.ts'
import {isValidHref} from './isValidHref.ts'
import {LinkResolutionError} from './LinkResolutionError.ts'
import {mapTextBlocks} from './mapTextBlocks.ts'
import type {LinkResolver, LinkTarget} from './types.ts'
import {isSpan} from '../isSpan.ts'

/** A page as the links stage needs it. */
export interface LinkablePage {
  /** Relative to the wiki root, with `.md`. */
  sourcePath: string
  /** The markdown source, only to find the line of a broken link. */
  source: string
  body: BodyBlock[]
  /** `{toctree}` entries as written. */
  toctree: string[]
}

/** A `{toctree}` entry as the schema's `tocEntry` has it. */
export interface TocEntry {
  _type: 'tocEntry'
  _key: string
  target: string
  title?: string
  document?: {_type: 'reference'; _ref: string}
}

/** What became of a page's links. */
export interface PageLinks {
  body: BodyBlock[]
  toctree: TocEntry[]
  brokenLinks: LinkResolutionError[]
  /** How many links ended up as what, for the report. */
  counts: Record<'internal' | 'wikiPage' | 'attachment' | 'external' | 'broken' | 'textLinks', number>
  /** Document ids this page references, in order of appearance. */
  references: string[]
}

/** How each kind of target rewrites the `link` markDef it came from; `undefined` drops the annotation. */
const rewrite: {[K in LinkTarget['kind']]: (def: MarkDef & {_type: 'link'}, target: Extract<LinkTarget, {kind: K}>) => MarkDef | undefined} = {
  internal: (def, target) => ({
    _type: 'internalLink',
    _key: def._key,
    reference: {_type: 'reference', _ref: target.documentId},
    ...(target.anchor ? {anchor: target.anchor} : {}),
  }),
  wikiPage: (def, target) => ({...def, href: target.url}),
  attachment: (def, target) => ({
    _type: 'attachmentLink',
    _key: def._key,
    file: {_type: 'file', _sanityAsset: `file@file://${target.absolutePath}`},
    sourcePath: target.sourcePath,
  }),
  external: (def) => def,
  // An href the schema's URL rule refuses (empty, unparseable) would fail validation: the text stays, the dead annotation goes.
  broken: (def) => (isValidHref(def.href) ? def : undefined),
}

/**
 * The links stage for one page: links CommonMark left as text become annotations, every `link`
 * annotation is resolved (reference, site URL, attachment, or kept), toctree entries get their
 * documents, and whatever leads nowhere is recorded with its line.
 */
export function resolvePageLinks(page: LinkablePage, resolver: LinkResolver): PageLinks {
  const counts: PageLinks['counts'] = {internal: 0, wikiPage: 0, attachment: 0, external: 0, broken: 0, textLinks: 0}
  const broken: {offset: number; error: LinkResolutionError}[] = []
  const references: string[] = []
  const find = createLineFinder(page.source)
  const note = (target: LinkTarget, href: string, origin: LinkResolutionError['origin'], needle: string) => {
    counts[target.kind]++
    if (target.kind === 'internal') references.push(target.documentId)
    if (target.kind !== 'broken') return
    const at = find(needle)
    broken.push({offset: at?.offset ?? Infinity, error: new LinkResolutionError(page.sourcePath, href, target.reason, origin, at?.line)})
  }

  const resolveBlock = (block: TextBlock): TextBlock => {
    const withTextLinks = annotateTextLinks(block, ({text, target}) => {
      const resolved = resolver.resolve(page.sourcePath, target)
      if (resolved.kind !== 'broken') return true
      note(resolved, target, 'text', `[${text}](${target}`)
      return false
    })
    counts.textLinks += withTextLinks.markDefs.length - block.markDefs.length
    const dropped = new Set<string>()
    const markDefs: MarkDef[] = []
    let changed = withTextLinks !== block
    for (const def of withTextLinks.markDefs) {
      if (def._type !== 'link') {
        markDefs.push(def)
        continue
      }
      const target = resolver.resolve(page.sourcePath, def.href)
      note(target, def.href, 'markDef', `](${def.href}`)
      const next = (rewrite[target.kind] as (d: typeof def, t: LinkTarget) => MarkDef | undefined)(def, target)
      if (next !== def) changed = true
      if (next) markDefs.push(next)
      else dropped.add(def._key)
    }
    // A block whose links all stay as they were is shared with the converted body, not copied.
    if (!changed) return block
    const children = dropped.size
      ? withTextLinks.children.map((child) => (isSpan(child) ? {...child, marks: child.marks.filter((mark) => !dropped.has(mark))} : child))
      : withTextLinks.children
    return {...withTextLinks, children, markDefs}
  }

  /**
   * An image's address: a wiki attachment becomes the image asset to upload (`image@file://…`,
   * as `sanity dataset import` reads it), a missing one is reported; web addresses stay.
   */
  const resolveImage = <I extends Figure | InlineImage>(image: I): I => {
    const src = image.sourceUrl
    if (!src) return image
    const target = resolver.resolve(page.sourcePath, src)
    if (target.kind === 'attachment') {
      counts.attachment++
      return {...image, _sanityAsset: `image@file://${target.absolutePath}`}
    }
    if (target.kind === 'broken') note(target, src, 'image', `(${src}`)
    return image
  }
  const resolveTextBlock = (block: TextBlock): TextBlock => {
    const resolved = resolveBlock(block)
    if (!resolved.children.some((child) => child._type === 'inlineImage')) return resolved
    return {...resolved, children: resolved.children.map((child) => (child._type === 'inlineImage' ? resolveImage(child) : child))}
  }
  const body = mapTextBlocks(page.body, resolveTextBlock, resolveImage)
  const toctree = page.toctree.map((entry, index): TocEntry => {
    const titled = /^(.*\S)\s*<([^>]+)>$/.exec(entry)
    const target = titled ? titled[2]!.trim() : entry.trim()
    const resolved = resolver.resolve(page.sourcePath, target)
    note(resolved, target, 'toctree', target)
    return {
      _type: 'tocEntry',
      _key: `toc${index}`,
      target: entry,
      ...(titled ? {title: titled[1]!} : {}),
      ...(resolved.kind === 'internal' ? {document: {_type: 'reference', _ref: resolved.documentId}} : {}),
    }
  })
  // In source order: a block's text links are found before its annotations.
  const brokenLinks = broken.sort((a, b) => a.offset - b.offset).map(({error}) => error)
  return {body, toctree, brokenLinks, counts, references}
}

/**
 * Finds the 1-based line of a piece of source text, searching on from the previous hit so that
 * repeated links get their own lines; the converter keeps no positions, so this is best effort.
 */
function createLineFinder(source: string): (needle: string) => {line: number; offset: number} | undefined {
  let cursor = 0
  return (needle) => {
    let at = source.indexOf(needle, cursor)
    if (at === -1) at = source.indexOf(needle)
    if (at === -1) return undefined
    cursor = at + needle.length
    let line = 1
    for (let i = source.indexOf('\n'); i !== -1 && i < at; i = source.indexOf('\n', i + 1)) line++
    return {line, offset: at}
  }
}
