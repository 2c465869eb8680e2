import {defineCliConfig} from 'sanity/cli'
import {dataset, projectId} from './studio/env.ts'

export default defineCliConfig({
  api: {projectId, dataset},
  typegen: {
    path: ['./importer/**/*.ts', './queries/**/*.ts'],
    schema: 'schema.json',
    generates: 'sanity.types.ts',
  },
})
