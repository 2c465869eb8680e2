import {downgradedInCli} from '../fixtures/documents/brokenVariants.ts'
import {runVariant} from './runVariant.ts'

// Sanity's `cli` environment downgrades these errors to warnings; see `downgradedInCli`.
test.each(downgradedInCli.map((broken) => [broken.description, broken.mutate, broken.path, broken.message, broken] as const))(
  'cliLevels: %s is an error in the studio and a warning in the cli',
  async (_description, _mutation, path, message, broken) => {
    expect(await runVariant(broken, 'studio')).toContainEqual({path, message: expect.stringContaining(message), level: 'error'})
    // The downgrade also clears a rule's own message (the schema's "give the page a slug…"), so the
    // cli's warning may carry Sanity's default text instead: only its place and level are compared.
    const cli = await runVariant(broken, 'cli')
    expect(cli).toContainEqual({path, message: expect.any(String), level: 'warning'})
    expect(cli.filter((marker) => marker.path === path && marker.level === 'error')).toEqual([])
  },
)
