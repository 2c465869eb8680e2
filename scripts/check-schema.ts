/**
 * Fails unless `sanity schema validate` reports zero errors AND zero warnings. The CLI itself
 * exits 0 on warnings, so CI reads its JSON output instead.
 */
import {execFileSync} from 'node:child_process'

const output = execFileSync('npx', ['sanity', 'schema', 'validate', '--format', 'json', '--level', 'warning'], {
  encoding: 'utf8',
  env: {...process.env, DO_NOT_TRACK: '1'},
})
const groups = JSON.parse(output.slice(output.indexOf('['))) as {problems?: {severity: string; message: string}[]}[]
const problems = groups.flatMap((group) => group.problems ?? [])
for (const problem of problems) console.error(`${problem.severity}: ${problem.message}`)
console.log(`schema: ${problems.filter((p) => p.severity === 'error').length} errors, ${problems.filter((p) => p.severity === 'warning').length} warnings`)
process.exitCode = problems.length ? 1 : 0
