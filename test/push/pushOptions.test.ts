import yargs from 'yargs'
import {DEFAULT_API_VERSION, pushOptions} from '../../importer/push/pushOptions.ts'

const parse = (args: string[]) => pushOptions(yargs(args)).strict().exitProcess(false).fail((message) => {
  throw new Error(message)
}).parseSync()

test.each([
  [['--project', 'abc', '--dataset', 'prod'], {project: 'abc', dataset: 'prod', commit: false, 'overwrite-edited': false, 'api-version': DEFAULT_API_VERSION}],
  [['--project', 'abc', '--dataset', 'prod', '--commit', '--overwrite-edited'], {commit: true, 'overwrite-edited': true}],
  [['--api-host', 'http://127.0.0.1:9'], {'api-host': 'http://127.0.0.1:9'}],
  [['--apiHost', 'http://127.0.0.1:9'], {'api-host': 'http://127.0.0.1:9'}],
  [['--api-version', '2024-01-01'], {'api-version': '2024-01-01'}],
])('pushOptions: %j parses', (args, expected) => {
  expect(parse(args)).toMatchObject(expected)
})

test('pushOptions: there is no flag for the token', () => {
  expect(() => parse(['--token', 'secret'])).toThrow(/Unknown argument/)
})
