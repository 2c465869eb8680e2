import {createHash} from 'node:crypto'

/** Characters Sanity allows in a document id besides letters and digits ("." would make it private). */
const UNSAFE = /[^A-Za-z0-9_-]+/g

/**
 * The document id for a source page: a readable form of its path plus a short hash of the exact
 * path, so that "Foo Bar.md" and "Foo-Bar.md" never collide. Same path, same id, every run.
 * Ids have no dots (a dotted id is private in Sanity) and stay well under Sanity's 128 characters.
 */
export function documentId(sourcePath: string, prefix = 'wiki'): string {
  const readable = sourcePath
    .replace(/\.md$/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(UNSAFE, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 90)
  const hash = createHash('sha1').update(sourcePath).digest('hex').slice(0, 8)
  return `${prefix}-${readable}-${hash}`
}
