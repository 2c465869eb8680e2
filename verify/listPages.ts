import {readdirSync} from 'node:fs'
import path from 'node:path'

/** Every `.md` file below the folders, sorted; a folder that cannot be listed is an error naming it. */
export function listPages(sources: string[]): {pages: string[]; errors: string[]} {
  const pages: string[] = []
  const errors: string[] = []
  const walk = (dir: string) => {
    let entries
    try {
      entries = readdirSync(dir, {withFileTypes: true})
    } catch (error) {
      errors.push(`${dir}: cannot list folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
      return
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.md')) pages.push(full)
    }
  }
  for (const source of sources) walk(path.resolve(source))
  return {pages: pages.sort(), errors}
}
