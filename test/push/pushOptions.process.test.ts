import {spawnSync} from 'node:child_process'
import path from 'node:path'
import yargs from 'yargs'
import {DEFAULT_API_VERSION, pushOptions} from '../../push/pushOptions.ts'

const parse = (args: string[]) => pushOptions(yargs(args)).strict().exitProcess(false).fail((message) => {
  throw new Error(message)
}).parseSync()

test.each([
  [['--project', 'abc', '--dataset', 'prod'], {project: 'abc', dataset: 'prod', commit: false, 'overwrite-edited': false, 'api-version': DEFAULT_API_VERSION}],
  [['--project', 'abc', '--dataset', 'prod', '--commit', '--overwrite-edited'], {commit: true, 'overwrite-edited': true, 'delete-missing': false}],
  [['--project', 'abc', '--dataset', 'prod', '--delete-missing'], {'delete-missing': true}],
  [['--api-host', 'http://127.0.0.1:9'], {'api-host': 'http://127.0.0.1:9'}],
  [['--apiHost', 'http://127.0.0.1:9'], {'api-host': 'http://127.0.0.1:9'}],
  [['--api-version', '2024-01-01'], {'api-version': '2024-01-01'}],
])('pushOptions: %j parses', (args, expected) => {
  expect(parse(args)).toMatchObject(expected)
})

test('pushOptions: there is no flag for the token', () => {
  expect(() => parse(['--token', 'secret'])).toThrow(/Unknown argument/)
})

test('pushOptions: npm run import -- --help shows --delete-missing among the push options', () => {
  const result = spawnSync(process.execPath, [path.resolve('importer/cli.ts'), '--help'], {encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0'}})
  expect(result.status).toBe(0)
  const push = result.stdout.slice(result.stdout.indexOf('Push to Sanity:'))
  expect(push).toMatch(/--delete-missing\s+With --commit, delete documents/)
})
