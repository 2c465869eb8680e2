/**
 * The URL slug for a source page: its path below the section root, lower-cased, words joined by
 * dashes, with `/` kept so that the wiki's hierarchy stays visible (`working-groups/packaging`).
 * `index.md` names its folder.
 */
export function slugFor(sourcePath: string): string {
  return sourcePath
    .replace(/\.md$/i, '')
    .replace(/\/index$/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split('/')
    .map((part) =>
      part
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('/')
}
