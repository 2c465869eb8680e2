import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The process settings of `npm run import`, read from its script in package.json, so that the
 * benchmark's children run as the import does and the settings are written in one place: the
 * environment assignments before `node` (relative paths made absolute from the project root, as
 * npm runs scripts there) and Node's options between `node` and the script.
 */
export function importSettings(): {env: Record<string, string>; nodeOptions: string[]} {
  const script = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {scripts: Record<string, string>}).scripts.import!
  const words = script.trim().split(/\s+/)
  const node = words.indexOf('node')
  if (node < 0) throw new Error(`package.json: the import script does not run node: ${script}`)
  const env: Record<string, string> = {}
  for (const word of words.slice(0, node)) {
    const [name, value = ''] = word.split('=', 2) as [string, string?]
    env[name] = value.includes('/') ? path.resolve(ROOT, value) : value
  }
  const afterNode = words.slice(node + 1)
  return {env, nodeOptions: afterNode.slice(0, afterNode.findIndex((word) => !word.startsWith('--')))}
}
