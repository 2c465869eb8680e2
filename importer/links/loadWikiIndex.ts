import {byCodePoint} from '../classify/byCodePoint.ts'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {WikiIndex} from './types.ts'

export interface WikiIndexOptions {
  /** Redirects already loaded; otherwise read from `redirectsFile` or `<root>/_redirects.json`. */
  redirects?: Record<string, string>
  redirectsFile?: string
}

/**
 * Reads what the links stage needs to know about the whole wiki, once: every page path, every
 * attachment, `_redirects.json` both ways, and the people pages by squashed name. A walk of the
 * 3,600-page corpus takes a few tens of milliseconds; nothing here reads page contents.
 */
export function loadWikiIndex(root: string, options: WikiIndexOptions = {}): WikiIndex {
  const pages = new Set<string>()
  const attachments = new Set<string>()
  walk(root, '', pages, attachments)

  const redirects = options.redirects ?? readRedirects(options.redirectsFile ?? path.join(root, '_redirects.json'))
  const moinNames = new Map<string, string[]>()
  for (const [name, target] of Object.entries(redirects)) {
    if (name === target) continue
    const names = moinNames.get(target) ?? []
    names.push(name)
    moinNames.set(target, names)
  }
  for (const [target, names] of moinNames) names.sort(byPreference(target))

  const people = new Map<string, string>()
  for (const page of pages) {
    if (!page.startsWith('people/')) continue
    const parts = page.split('/')
    const name = parts.at(-1) === 'index' ? parts.at(-2)! : parts.at(-1)!
    const key = squashName(name)
    const known = people.get(key)
    if (!known || page.length < known.length) people.set(key, page)
  }
  return {root, pages, redirects, moinNames, people, attachments}
}

/** A person's name or wiki username reduced for matching: `Marc-André Lemburg` and `MarcAndreLemburg` agree. */
export function squashName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}

function readRedirects(file: string): Record<string, string> {
  if (!existsSync(file)) return {}
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
}

/** Old names best first: same wiki section, no `(2f)` escapes, not `…/index`, shortest. */
function byPreference(target: string) {
  const section = target.split('/')[0]
  const rank = (name: string) =>
    (name.split('/')[0] === section ? 0 : 4) + (name.includes('(') ? 2 : 0) + (name.endsWith('/index') ? 1 : 0)
  return (a: string, b: string) => rank(a) - rank(b) || a.length - b.length || byCodePoint(a, b)
}

function walk(dir: string, relative: string, pages: Set<string>, attachments: Set<string>) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const rel = relative ? `${relative}/${entry.name}` : entry.name
    if (entry.isDirectory()) {
      if (entry.name === '_attachments') listFiles(path.join(dir, entry.name), rel, attachments)
      else if (!/^[._]/.test(entry.name)) walk(path.join(dir, entry.name), rel, pages, attachments)
    } else if (entry.name.toLowerCase().endsWith('.md')) {
      pages.add(rel.slice(0, -3))
    }
  }
}

function listFiles(dir: string, relative: string, files: Set<string>) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const rel = `${relative}/${entry.name}`
    if (entry.isDirectory()) listFiles(path.join(dir, entry.name), rel, files)
    else files.add(rel)
  }
}
