import {chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {readTree, type ReadResult} from '../../importer/read/readTree.ts'

/** Builds the bad inputs of the issue in a temporary wiki, next to one good page. */
function buildTree(): {root: string; source: string} {
  const root = mkdtempSync(path.join(tmpdir(), 'readtree-'))
  const source = path.join(root, 'psf')
  mkdirSync(path.join(source, 'Folder.md'), {recursive: true})
  writeFileSync(path.join(source, 'Folder.md', 'Inside.md'), '# Inside\n')
  writeFileSync(path.join(source, 'Good.md'), '# Good\n\nText.\n')
  writeFileSync(path.join(source, 'Binary.md'), Buffer.from([0x23, 0x20, 0x00, 0xff, 0x10]))
  writeFileSync(path.join(source, 'Latin1.md'), Buffer.from('# Caf\xe9\n', 'latin1'))
  writeFileSync(path.join(source, 'Empty.md'), '')
  writeFileSync(path.join(source, 'Huge.md'), '# Huge\n\n' + 'word '.repeat(2_200_000))
  writeFileSync(path.join(source, 'Locked.md'), '# Locked\n')
  chmodSync(path.join(source, 'Locked.md'), 0o000)
  writeFileSync(path.join(root, 'Outside.md'), '# Outside\n')
  symlinkSync(path.join(root, 'Outside.md'), path.join(source, 'Escape.md'))
  symlinkSync(path.join(root, 'missing.md'), path.join(source, 'Dangling.md'))
  mkdirSync(path.join(source, '_attachments'))
  writeFileSync(path.join(source, '_attachments', 'a.pdf'), '%PDF')
  writeFileSync(path.join(source, 'notes.txt'), 'not a page')
  writeFileSync(path.join(root, '_redirects.json'), '{}')
  return {root, source}
}

const isRoot = process.getuid?.() === 0
let tree: {root: string; source: string}
let result: ReadResult
beforeAll(() => {
  tree = buildTree()
  result = readTree({sourceDir: tree.source, wikiRoot: tree.root, maxFileBytes: 5 * 1024 * 1024})
})
afterAll(() => rmSync(tree.root, {recursive: true, force: true}))

const issueFor = (sourcePath: string) => result.issues.filter((issue) => issue.error.sourcePath === sourcePath)

test('readTree: reads good pages with paths relative to the wiki root, in sorted order', () => {
  const paths = result.files.map((file) => file.path)
  expect(paths).toContain('psf/Good.md')
  expect(paths).toContain('psf/Folder.md/Inside.md')
  expect([...paths].sort()).toEqual(paths)
  expect(result.files.find((file) => file.path === 'psf/Good.md')?.text).toBe('# Good\n\nText.\n')
})

test.each([
  ['psf/Binary.md', 'error', 'binary', /binary file \(NUL byte at offset 2\)/],
  ['psf/Latin1.md', 'error', 'invalid-utf8', /not valid UTF-8 \(first bad byte at offset 5\)/],
  ['psf/Huge.md', 'error', 'too-large', /10\.\d MB, over the 5\.0 MB limit/],
  ['psf/Escape.md', 'error', 'symlink-outside-tree', /points outside the source tree/],
  ['psf/Dangling.md', 'error', 'broken-symlink', /target does not exist/],
  ['psf/Empty.md', 'warning', 'empty-file', /empty page/],
  ['psf/Folder.md', 'warning', 'folder-named-like-page', /folder named like a page/],
  ['psf/notes.txt', 'info', 'not-a-page', /not a markdown file/],
  ['psf/_attachments', 'info', 'skipped-folder', /folder skipped/],
])('readTree: %s gives a %s (%s) naming the file', (sourcePath, severity, code, message) => {
  const [issue] = issueFor(sourcePath)
  expect(issue).toBeDefined()
  expect(issue!.severity).toBe(severity)
  expect(issue!.error.code).toBe(code)
  expect(issue!.error.message).toMatch(message)
  expect(issue!.error.message.startsWith(sourcePath)).toBe(true)
})

test('readTree: failed pages are not handed on, the empty one is', () => {
  const paths = new Set(result.files.map((file) => file.path))
  for (const bad of ['psf/Binary.md', 'psf/Latin1.md', 'psf/Huge.md', 'psf/Escape.md', 'psf/Dangling.md']) expect(paths.has(bad)).toBe(false)
  expect(paths.has('psf/Empty.md')).toBe(true)
})

test('readTree: an unreadable file is an error naming it (chmod 000; root reads anyway)', () => {
  const [issue] = issueFor('psf/Locked.md')
  if (isRoot) {
    // Root ignores file modes, so the page is read; the dangling symlink above covers the error path.
    expect(result.files.some((file) => file.path === 'psf/Locked.md')).toBe(true)
  } else {
    expect(issue?.error.code).toBe('unreadable')
    expect(issue?.error.message).toMatch(/^psf\/Locked\.md: cannot be read: EACCES/)
  }
})

test('readTree: paths stay relative to a wiki root reached through a symbolic link', () => {
  const linked = mkdtempSync(path.join(tmpdir(), 'readtree-link-'))
  try {
    const alias = path.join(linked, 'wiki')
    symlinkSync(tree.root, alias)
    const viaLink = readTree({sourceDir: path.join(alias, 'psf'), wikiRoot: alias, maxFileBytes: 5 * 1024 * 1024})
    expect(viaLink.files.map((file) => file.path)).toContain('psf/Good.md')
  } finally {
    rmSync(linked, {recursive: true, force: true})
  }
})
