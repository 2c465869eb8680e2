import type {ImportWarning, ImportedDocument} from '../types.ts'

/**
 * Makes slugs unique per document type, as the Studio's slug rule requires. Paths that differ
 * only in case or punctuation, or a section's `X/index.md` beside a legacy `X.md`, fold to the
 * same slug: index pages keep it (they are the section's landing page), the others get `-2`,
 * `-3`, ... in source-path order, so the result is the same on every run. Changes documents in
 * place and returns a warning per renamed slug, keyed by source path.
 */
export function ensureUniqueSlugs(documents: readonly ImportedDocument[]): {sourcePath: string; warning: ImportWarning}[] {
  const isIndex = (document: ImportedDocument) => /(^|\/)index\.md$/i.test(document.provenance.sourcePath)
  const ordered = [...documents].sort(
    (a, b) => Number(isIndex(b)) - Number(isIndex(a)) || a.provenance.sourcePath.localeCompare(b.provenance.sourcePath),
  )
  const taken = new Map<string, string>()
  const warnings: {sourcePath: string; warning: ImportWarning}[] = []
  for (const document of ordered) {
    const base = document.slug.current
    let slug = base
    for (let n = 2; taken.has(`${document._type}\u0000${slug}`); n++) slug = `${base}-${n}`
    taken.set(`${document._type}\u0000${slug}`, document.provenance.sourcePath)
    if (slug !== base) {
      document.slug = {...document.slug, current: slug}
      warnings.push({
        sourcePath: document.provenance.sourcePath,
        warning: {code: 'slug-renamed', message: `slug "${base}" is also ${taken.get(`${document._type}\u0000${base}`)}'s; this page gets "${slug}"`},
      })
    }
  }
  return warnings
}
