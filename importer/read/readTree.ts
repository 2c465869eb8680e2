import {lstatSync, readdirSync, readFileSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import {ReadError} from '../errors/ReadError.ts'
import type {SourceFile} from '../types.ts'
import {decodePage} from './decodePage.ts'

/** What the read stage found besides pages: each names its file; errors mean a page was not imported. */
export interface ReadIssue {
  severity: 'error' | 'warning' | 'info'
  /** True when the path is a page (a `.md` file) and so has a row of its own in the report. */
  page: boolean
  error: ReadError
}

export interface ReadResult {
  files: SourceFile[]
  issues: ReadIssue[]
}

export interface ReadOptions {
  /** The folder to import. */
  sourceDir: string
  /** The wiki root that source paths are relative to (an ancestor of `sourceDir`, or itself). */
  wikiRoot: string
  /** Pages larger than this are refused: a Studio cannot edit them and Sanity caps document size. */
  maxFileBytes: number
}

/** Folders that are not pages: attachments, Sphinx build output, hidden folders. */
const SKIPPED_DIR = /^[._]/

/**
 * The read stage: every `.md` file below `sourceDir`, in a stable order (sorted by path), decoded
 * as UTF-8. Anything else is reported, never silently skipped: other files as info, odd
 * folders and links as warnings, pages that cannot be read as errors.
 */
export function readTree(options: ReadOptions): ReadResult {
  const result: ReadResult = {files: [], issues: []}
  // Both real paths: the tree is walked through its real path, so a wiki root reached through a
  // symbolic link must be resolved too, or every page path would climb out of it.
  const root = realpathSync(options.sourceDir)
  const wikiRoot = realpathSync(options.wikiRoot)
  const rel = (abs: string) => path.relative(wikiRoot, abs).split(path.sep).join('/')
  const issue = (severity: ReadIssue['severity'], code: string, abs: string, message: string, page = true) =>
    result.issues.push({severity, page, error: new ReadError(code, rel(abs), message)})

  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = path.join(dir, name)
      const entry = lstatSync(abs)
      let target = abs
      if (entry.isSymbolicLink()) {
        const resolved = resolveLink(abs)
        if (!resolved) {
          issue('error', 'broken-symlink', abs, 'symbolic link whose target does not exist or cannot be read')
          continue
        }
        if (resolved !== root && !resolved.startsWith(root + path.sep)) {
          issue('error', 'symlink-outside-tree', abs, `symbolic link points outside the source tree (${resolved}); not followed`)
          continue
        }
        target = resolved
      }
      const stat = statSync(target)
      if (stat.isDirectory()) {
        if (entry.isSymbolicLink()) {
          issue('info', 'symlinked-folder', abs, 'symbolic link to a folder inside the tree: read where it really is, not twice', false)
          continue
        }
        if (SKIPPED_DIR.test(name)) {
          issue('info', 'skipped-folder', abs, 'folder skipped: names starting with "_" or "." hold no pages', false)
          continue
        }
        if (name.toLowerCase().endsWith('.md')) {
          issue('warning', 'folder-named-like-page', abs, 'a folder named like a page: read as a folder, not as a page', false)
        }
        walk(abs)
      } else if (!name.toLowerCase().endsWith('.md')) {
        issue('info', 'not-a-page', abs, 'not a markdown file: not imported', false)
      } else if (!stat.isFile()) {
        issue('error', 'not-a-file', abs, 'not a regular file (device, socket or pipe)')
      } else if (stat.size > options.maxFileBytes) {
        issue('error', 'too-large', abs, `file is ${formatBytes(stat.size)}, over the ${formatBytes(options.maxFileBytes)} limit (--max-file-size)`)
      } else {
        readPage(abs)
      }
    }
  }

  const readPage = (abs: string) => {
    let bytes: Buffer
    try {
      bytes = readFileSync(abs)
    } catch (error) {
      issue('error', 'unreadable', abs, `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
      return
    }
    const decoded = decodePage(bytes)
    if ('problem' in decoded) {
      issue('error', decoded.code, abs, decoded.problem)
      return
    }
    if (decoded.text.trim() === '') issue('warning', 'empty-file', abs, 'empty page: imported with its file name as title and no body')
    result.files.push({path: rel(abs), absolutePath: abs, text: decoded.text})
  }

  walk(root)
  return result
}

function resolveLink(abs: string): string | undefined {
  try {
    return realpathSync(abs)
  } catch {
    return undefined
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}
