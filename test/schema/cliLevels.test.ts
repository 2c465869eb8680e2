import {downgradedInCli} from '../fixtures/documents/brokenVariants.ts'
import {runVariant} from './runVariant.ts'

// Sanity's `cli` environment downgrades these errors to warnings; see `downgradedInCli`.
test.each(downgradedInCli.map((broken) => [broken.description, broken.mutate, broken.path, broken.message, broken] as const))(
  'cliLevels: %s is an error in the studio and a warning in the cli',
  async (_description, _mutation, path, message, broken) => {
    const expected = {path, message: expect.stringContaining(message)}
    expect(await runVariant(broken, 'studio')).toContainEqual({...expected, level: 'error'})
    const cli = await runVariant(broken, 'cli')
    expect(cli).toContainEqual({...expected, level: 'warning'})
    expect(cli).not.toContainEqual({...expected, level: 'error'})
  },
)
